// sls-compile package: globs as micromatch reads them, and keys that follow the code: editing a
// handler changes the S3Key, CodeSha256 and version id of the functions whose zip holds it, and
// only theirs, in the service-zip layout and with `individually`.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "package/glob.h"
#include "slsc/package.h"

namespace slsc {
namespace {

namespace fs = std::filesystem;

TEST(Glob, SegmentsAndGlobstars) {
  EXPECT_TRUE(Glob("src/*.js").matches("src/a.js"));
  EXPECT_FALSE(Glob("*.js").matches("src/a.js"));  // no basename matching
  EXPECT_TRUE(Glob("**/*.js").matches("a.js"));
  EXPECT_TRUE(Glob("a/**").matches("a"));
  EXPECT_TRUE(Glob("a/**").matches("a/b/c"));
  EXPECT_TRUE(Glob("a/**/b").matches("a/b"));
  EXPECT_TRUE(Glob("src/**/test/**").matches("src/test/a"));
  EXPECT_TRUE(Glob("**").matches(".git/x"));  // dot files count
  EXPECT_TRUE(Glob("x/*").matches("x/.hidden"));
  EXPECT_FALSE(Glob("src").matches("src/a.js"));
  EXPECT_FALSE(Glob("node_modules/").matches("node_modules/a"));
  EXPECT_TRUE(Glob("a**b").matches("axxb"));
  EXPECT_FALSE(Glob("a**b").matches("ax/xb"));
}

TEST(Glob, ShortcutsBracesClassesEscapes) {
  EXPECT_TRUE(Glob("./src/**").matches("src/a.js"));
  EXPECT_TRUE(Glob("**.js").matches("a/b/c.js"));  // micromatch's **.js is **/*.js
  EXPECT_FALSE(Glob("src/**.js").matches("src/a/b.js"));
  EXPECT_TRUE(Glob("{src,lib}/**").matches("lib/x"));
  EXPECT_TRUE(Glob("a/{b,c/d}/e").matches("a/c/d/e"));
  EXPECT_TRUE(Glob("*.{js,ts}").matches("x.ts"));
  EXPECT_TRUE(Glob("{a,b").matches("{a,b"));  // an unclosed brace is text
  EXPECT_TRUE(Glob("[ab].js").matches("a.js"));
  EXPECT_FALSE(Glob("[^a].js").matches("a.js"));
  EXPECT_TRUE(Glob("foo\\*bar").matches("foo*bar"));
  EXPECT_FALSE(Glob("foo\\*bar").matches("fooxbar"));
  EXPECT_TRUE(Glob(".env*").matches(".env.dev"));
  EXPECT_FALSE(Glob(".env*").matches("config/.env"));
}

TEST(Glob, HostilePatternsStayCheap) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "a/";
  deep += "b";
  std::string stars;
  for (int i = 0; i < 20; ++i) stars += "**/a/";
  EXPECT_FALSE(Glob(stars + "c").matches(deep));  // would be exponential without memory
  EXPECT_TRUE(Glob(stars + "b").matches(deep));
  std::string nested(20000, '{');  // braces within braces: no deep recursion
  EXPECT_FALSE(Glob(nested + "a,b" + std::string(20000, '}')).matches("a"));
  std::string wide;
  for (int i = 0; i < 20; ++i) wide += "{a,b}";  // 2^20 alternatives: capped
  EXPECT_TRUE(Glob(wide).matches(std::string(20, 'a')));
}

TEST(Glob, FolderPrefixFastPath) {
  EXPECT_TRUE(Glob("node_modules/x/**").matches("node_modules/x/index.js"));
  EXPECT_TRUE(Glob("node_modules/x/**").matches("node_modules/x"));
  EXPECT_FALSE(Glob("node_modules/x/**").matches("node_modules/xy/index.js"));
}

// A service folder in a fresh temporary directory.
class Service {
 public:
  Service() {
    std::string pattern = (fs::temp_directory_path() / "slsc-package-XXXXXX").string();
    root_ = fs::path(::mkdtemp(pattern.data()));
  }
  ~Service() { fs::remove_all(root_); }
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative, std::ios::binary) << text;
  }

  PackageResult packageResult(const std::string& output = "") const {
    PackageOptions options;
    options.outputDir = output;
    return packageFile((root_ / "serverless.yml").string(), Options{}, options);
  }

  const fs::path& root() const { return root_; }

  std::string read(const std::string& relative) const {
    std::ifstream in(root_ / relative);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  // Everything in the service folder, by name (top level).
  std::vector<std::string> listing() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(root_)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }

  // The update template `sls-compile package` writes.
  std::string package() const {
    PackageResult result = packageResult();
    std::string messages;
    for (const auto& d : result.diagnostics) messages += d.code + ": " + d.message + "\n";
    EXPECT_TRUE(result.ok) << messages;
    return read(".slsc/cloudformation-template-update-stack.json");
  }

 private:
  fs::path root_;
};

bool hasCode(const PackageResult& result, const std::string& code) {
  for (const auto& d : result.diagnostics)
    if (d.code == code) return true;
  return false;
}

struct Code {
  std::string s3Key;
  std::string sha256;
  std::string versionId;
};

Code codeOf(const std::string& templateJson, const std::string& key) {
  rapidjson::Document doc;
  doc.Parse(templateJson.c_str());
  Code code;
  std::string prefix = std::string(1, static_cast<char>(std::toupper(key[0]))) + key.substr(1);
  if (!doc.IsObject()) return code;
  for (const auto& m : doc["Resources"].GetObject()) {
    std::string id = m.name.GetString();
    const auto& properties = m.value["Properties"];
    if (id == prefix + "LambdaFunction") code.s3Key = properties["Code"]["S3Key"].GetString();
    if (id.rfind(prefix + "LambdaVersion", 0) == 0) {
      code.versionId = id;
      code.sha256 = properties["CodeSha256"].GetString();
    }
  }
  return code;
}

void expectChanged(const Code& before, const Code& after) {
  EXPECT_NE(before.s3Key, after.s3Key);
  EXPECT_NE(before.sha256, after.sha256);
  EXPECT_NE(before.versionId, after.versionId);
}

void expectSame(const Code& before, const Code& after) {
  EXPECT_EQ(before.s3Key, after.s3Key);
  EXPECT_EQ(before.sha256, after.sha256);
  EXPECT_EQ(before.versionId, after.versionId);
}

const char* kService = R"(service: chat
provider:
  name: aws
  runtime: nodejs24.x
functions:
  a:
    handler: src/a.handler
  b:
    handler: src/b.handler
)";

const char* kIndividually = R"(service: chat
provider:
  name: aws
  runtime: nodejs24.x
package:
  individually: true
  patterns: ['!src/**']
functions:
  a:
    handler: src/a.handler
    package:
      patterns: [src/a.js]
  b:
    handler: src/b.handler
    package:
      patterns: [src/b.js]
)";

TEST(PackageKeys, OneZipForTheServiceMovesEveryFunctionHoldingTheEditedHandler) {
  Service service;
  service.write("serverless.yml", kService);
  service.write("src/a.js", "exports.handler = async () => 1;\n");
  service.write("src/b.js", "exports.handler = async () => 2;\n");
  std::string before = service.package();
  EXPECT_EQ(service.package(), before);  // the same folder, the same template
  service.write("src/a.js", "exports.handler = async () => 10;\n");
  std::string after = service.package();
  // Both functions run from the one zip that holds src/a.js.
  expectChanged(codeOf(before, "a"), codeOf(after, "a"));
  expectChanged(codeOf(before, "b"), codeOf(after, "b"));
  EXPECT_EQ(codeOf(after, "a").s3Key, codeOf(after, "b").s3Key);
}

TEST(PackageKeys, IndividuallyMovesOnlyTheFunctionWhoseZipHoldsTheHandler) {
  Service service;
  service.write("serverless.yml", kIndividually);
  service.write("src/a.js", "exports.handler = async () => 1;\n");
  service.write("src/b.js", "exports.handler = async () => 2;\n");
  std::string before = service.package();
  service.write("src/a.js", "exports.handler = async () => 10;\n");
  std::string after = service.package();
  expectChanged(codeOf(before, "a"), codeOf(after, "a"));
  expectSame(codeOf(before, "b"), codeOf(after, "b"));
  EXPECT_NE(codeOf(after, "a").s3Key, codeOf(after, "b").s3Key);
}

TEST(PackageKeys, AFileNoZipHoldsChangesNothing) {
  Service service;
  service.write("serverless.yml", kIndividually);
  service.write("src/a.js", "exports.handler = async () => 1;\n");
  service.write("src/b.js", "exports.handler = async () => 2;\n");
  service.write("src/notes.txt", "one\n");
  std::string before = service.package();
  service.write("src/notes.txt", "two\n");
  EXPECT_EQ(service.package(), before);
}

TEST(PackageOutput, AFailedPackageLeavesTheOldFolderWhole) {
  Service service;
  service.write("serverless.yml", kService);
  service.write("src/a.js", "1\n");
  service.write("src/b.js", "2\n");
  std::string before = service.package();
  std::vector<std::string> files = service.listing();
  service.write("serverless.yml", std::string(kService) + "    package:\n      artifact: missing.zip\n");
  PackageResult failed = service.packageResult();
  EXPECT_FALSE(failed.ok);
  EXPECT_TRUE(hasCode(failed, "package-artifact-missing"));
  // The earlier package is still there, whole, and nothing was left beside it.
  EXPECT_EQ(service.read(".slsc/cloudformation-template-update-stack.json"), before);
  EXPECT_EQ(service.listing(), files);
}

TEST(PackageOutput, RefusesToReplaceAFolderItDidNotWrite) {
  Service service;
  service.write("serverless.yml", kService);
  service.write("src/a.js", "1\n");
  service.write("src/b.js", "2\n");
  service.write(".slsc/precious.txt", "keep me\n");
  PackageResult result = service.packageResult();
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(hasCode(result, "package-output-not-ours"));
  EXPECT_EQ(service.read(".slsc/precious.txt"), "keep me\n");
}

TEST(PackageOutput, NeverReplacesTheServiceFolderOrAFolderHoldingIt) {
  Service service;
  service.write("serverless.yml", kService);
  service.write("src/a.js", "1\n");
  service.write("src/b.js", "2\n");
  service.write("deploy-plan.json", "{}\n");  // a file of that name proves nothing
  PackageResult here = service.packageResult(service.root().string());
  EXPECT_FALSE(here.ok);
  EXPECT_TRUE(hasCode(here, "package-output-not-ours"));
  PackageResult parent = service.packageResult(service.root().parent_path().string());
  EXPECT_FALSE(parent.ok);
  EXPECT_TRUE(hasCode(parent, "package-output-not-ours"));
  EXPECT_EQ(service.read("src/a.js"), "1\n");
  EXPECT_EQ(service.read("serverless.yml"), kService);
}

TEST(PackageOutput, KeysStayInsideTheMirror) {
  Service service;
  service.write("serverless.yml", R"(service: chat
provider:
  name: aws
  runtime: nodejs24.x
  deploymentPrefix: ../../escape
functions:
  a:
    handler: src/a.handler
)");
  service.write("src/a.js", "1\n");
  PackageResult result = service.packageResult();
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(hasCode(result, "package-key-invalid"));
  EXPECT_FALSE(fs::exists(service.root().parent_path().parent_path() / "escape"));
}

TEST(PackageOutput, TwoZipsOfOneNameAreRefused) {
  Service service;
  service.write("serverless.yml", R"(service: api
provider:
  name: aws
  runtime: nodejs24.x
functions:
  api:
    handler: src/a.handler
    package:
      individually: true
  other:
    handler: src/b.handler
)");
  service.write("src/a.js", "1\n");
  service.write("src/b.js", "2\n");
  PackageResult result = service.packageResult();
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(hasCode(result, "package-zip-name-clash"));
}

TEST(PackageOutput, LeftoversOfAStoppedRunAreNotPackaged) {
  Service service;
  service.write("serverless.yml", kService);
  service.write("src/a.js", "1\n");
  service.write("src/b.js", "2\n");
  service.write("..slsc.partial-AAAAAA/chat.zip", "stale\n");
  service.write("..slsc.old-BBBBBB/deploy.sh", "stale\n");
  ASSERT_TRUE(service.packageResult().ok);
  // The zip holds the code only.
  int error = 0;
  zip_t* archive = zip_open((service.root() / ".slsc" / "chat.zip").c_str(), ZIP_RDONLY, &error);
  ASSERT_NE(archive, nullptr);
  std::vector<std::string> names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
    names.emplace_back(zip_get_name(archive, static_cast<zip_uint64_t>(i), 0));
  zip_discard(archive);
  EXPECT_EQ(names, (std::vector<std::string>{"src/a.js", "src/b.js"}));
  std::string plan = service.read(".slsc/deploy-plan.json");
  EXPECT_NE(plan.find("\"generator\": \"sls-compile package\""), std::string::npos);
}

}  // namespace
}  // namespace slsc
