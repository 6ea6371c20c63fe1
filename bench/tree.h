// The packaging benchmark's service folder: examples/chat's shape with a node_modules of
// `files` files (packages of 30 files each: a package.json, an index.js and lib/ modules of
// about 1 KiB), a tenth of the packages development-only (named in devDependencies, so that the
// dev-dependency exclusion has work to do), and a package-lock.json-free tree, so that the
// installed tree is walked. Written to `root`, which must not exist.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace slsc::bench {

inline void writeText(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

inline void generateTree(const std::filesystem::path& root, int files) {
  constexpr int kFilesPerPackage = 30;
  int packages = (files + kFilesPerPackage - 1) / kFilesPerPackage;
  std::string dependencies;
  std::string devDependencies;
  std::string body(1000, 'x');
  for (int p = 0; p < packages; ++p) {
    std::string name = "pkg" + std::to_string(p);
    bool dev = p % 10 == 9;
    std::string& list = dev ? devDependencies : dependencies;
    list += std::string(list.empty() ? "" : ",") + "\n    \"" + name + "\": \"1.0.0\"";
    std::filesystem::path folder = root / "node_modules" / name;
    writeText(folder / "package.json",
              "{\"name\": \"" + name + "\", \"version\": \"1.0.0\", \"main\": \"index.js\"}\n");
    writeText(folder / "index.js", "module.exports = require('./lib/m0');\n");
    for (int f = 2; f < kFilesPerPackage; ++f)
      writeText(folder / "lib" / ("m" + std::to_string(f - 2) + ".js"),
                "// " + name + " module " + std::to_string(f) + "\nmodule.exports = '" + body + "';\n");
  }
  writeText(root / "package.json", "{\n  \"name\": \"bench-chat\",\n  \"version\": \"1.0.0\",\n"
                                   "  \"dependencies\": {" + dependencies + "\n  },\n"
                                   "  \"devDependencies\": {" + devDependencies + "\n  }\n}\n");
  writeText(root / "src" / "handler.js", "exports.handler = async () => ({ statusCode: 200 });\n");
  writeText(root / "serverless.yml",
            "service: bench-chat\n"
            "provider:\n"
            "  name: aws\n"
            "  runtime: nodejs24.x\n"
            "functions:\n"
            "  connect:\n"
            "    handler: src/handler.handler\n"
            "    events:\n"
            "      - websocket: $connect\n"
            "  default:\n"
            "    handler: src/handler.handler\n"
            "    events:\n"
            "      - websocket: $default\n");
}

}  // namespace slsc::bench
