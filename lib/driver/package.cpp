// The public packaging entry point: a staging folder beside the output, the compile with the
// Packager as its artifacts stage, the package folder's other files, then one rename.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <algorithm>
#include <filesystem>

#include "driver/compilation.h"
#include "package/output.h"
#include "package/packager.h"
#include "slsc/package.h"

namespace slsc {
namespace {

namespace fs = std::filesystem;

Diagnostic problem(const std::string& code, const std::string& message, const std::string& file) {
  Diagnostic d;
  d.code = code;
  d.message = message;
  d.file = file;
  return d;
}

// A new folder beside `target`, named after it.
std::optional<fs::path> folderBeside(const fs::path& target, const char* kind) {
  std::string name = ".";
  name += target.filename().string();
  name += '.';
  name += kind;
  name += "-XXXXXX";
  std::string pattern = (target.parent_path() / name).string();
  if (!::mkdtemp(pattern.data())) return std::nullopt;
  return fs::path(pattern);
}

// Folders inside the service's that are never packaged: the output and its staging folder (the
// default .slsc, and the reference's .serverless, are excluded by their patterns too).
std::vector<std::string> skipped(const fs::path& serviceDir, const std::vector<fs::path>& folders) {
  std::vector<std::string> out{".slsc"};
  for (const auto& folder : folders) {
    fs::path relative = folder.lexically_relative(serviceDir);
    if (!relative.empty() && *relative.begin() != "..") out.push_back(relative.generic_string());
  }
  return out;
}

class Packaging {
 public:
  Packaging(const std::string& path, const Options& options, const PackageOptions& packageOptions)
      : path_(path), options_(options) {
    std::error_code ec;
    serviceDir_ = fs::weakly_canonical(fs::absolute(path).parent_path(), ec);
    output_ = packageOptions.outputDir.empty() ? serviceDir_ / ".slsc"
                                                : fs::weakly_canonical(fs::absolute(packageOptions.outputDir), ec);
    if (output_.filename().empty()) output_ = output_.parent_path();
  }

  PackageResult run() {
    text_ = DiskFileReader().read(path_);
    if (!text_) return fail("file-unreadable", "cannot read the service file '" + path_ + "'");
    if (isWithin(serviceDir_, output_))
      return fail("package-output-not-ours",
                  fmt::format("the output folder '{}' holds the service itself; write the "
                              "package to a folder of its own (default: .slsc)",
                              output_.string()));
    if (!replaceable())
      return fail("package-output-not-ours",
                  fmt::format("the output folder '{}' exists and holds no {}: refusing to "
                              "replace what sls-compile did not write",
                              output_.string(), kDeployPlan));
    std::error_code ec;
    fs::create_directories(output_.parent_path(), ec);
    std::optional<fs::path> staging = folderBeside(output_, "partial");
    if (!staging)
      return fail("package-output-unwritable",
                  fmt::format("cannot create a folder beside '{}'", output_.string()));
    PackageResult result = build(*staging);
    if (!result.ok) fs::remove_all(*staging, ec);
    return result;
  }

 private:
  // Whether `path` is `folder` or inside it.
  static bool isWithin(const fs::path& path, const fs::path& folder) {
    auto [f, p] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return f == folder.end();
  }

  // An existing output folder is replaced only when it is empty or a package of ours: its
  // deploy-plan.json says sls-compile package wrote it.
  bool replaceable() const {
    std::error_code ec;
    if (!fs::exists(output_, ec)) return true;
    if (!fs::is_directory(output_, ec)) return false;
    if (fs::is_empty(output_, ec)) return true;
    std::optional<std::string> plan = DiskFileReader().read((output_ / kDeployPlan).string());
    return plan && plan->find(std::string("\"generator\": \"") + kPlanGenerator + "\"") !=
                       std::string::npos;
  }

  // The staging and old folders of earlier runs that stopped before their end: never packaged.
  std::vector<fs::path> leftovers() const {
    std::vector<fs::path> out;
    std::error_code ec;
    std::string stem = ".";
    stem += output_.filename().string();
    stem += '.';
    for (fs::directory_iterator it(output_.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.rfind(stem + "partial-", 0) == 0 || name.rfind(stem + "old-", 0) == 0)
        out.push_back(it->path());
    }
    return out;
  }

  PackageResult build(const fs::path& staging) {
    std::vector<fs::path> skip = leftovers();
    skip.push_back(output_);
    skip.push_back(staging);
    Packager packager(staging.string(), fs::path(path_).filename().string(),
                      skipped(serviceDir_, skip));
    Options options = options_;
    options.reader = nullptr;  // packaging reads the disk
    Result compiled = compileWithArtifacts(
        *text_, path_, options,
        [&packager](const Service& service, Diagnostics& diagnostics) {
          return packager.build(service, diagnostics);
        });
    PackageResult result;
    result.diagnostics = std::move(compiled.diagnostics);
    if (!compiled.ok) return result;
    std::string error;
    if (!writePackageFolder(staging.string(), compiled.templateJson, packager, error) ||
        !moveIntoPlace(staging, error)) {
      result.diagnostics.push_back(problem("package-output-unwritable", error, path_));
      return result;
    }
    result.ok = true;
    result.outputDir = output_.string();
    return result;
  }

  // The old package (if any) moves aside, the new one takes its name, the old one goes.
  bool moveIntoPlace(const fs::path& staging, std::string& error) {
    std::error_code ec;
    std::optional<fs::path> old;
    if (fs::exists(output_, ec)) {
      old = folderBeside(output_, "old");
      if (old) fs::rename(output_, *old, ec);
      if (!old || ec) {
        error = fmt::format("cannot move the old '{}' aside", output_.string());
        return false;
      }
    }
    fs::rename(staging, output_, ec);
    if (ec) {
      if (old) fs::rename(*old, output_, ec);
      error = fmt::format("cannot rename the package into '{}'", output_.string());
      return false;
    }
    if (old) fs::remove_all(*old, ec);
    return true;
  }

  PackageResult fail(const std::string& code, const std::string& message) const {
    PackageResult result;
    result.diagnostics.push_back(problem(code, message, path_));
    return result;
  }

  std::string path_;
  std::optional<std::string> text_;
  const Options& options_;
  fs::path serviceDir_;
  fs::path output_;
};

}  // namespace

PackageResult packageFile(const std::string& path, const Options& options,
                          const PackageOptions& packageOptions) {
  try {
    return Packaging(path, options, packageOptions).run();
  } catch (const std::exception& e) {
    PackageResult result;
    result.diagnostics.push_back(
        problem("internal-error", std::string("internal error: ") + e.what(), path));
    return result;
  }
}

}  // namespace slsc
