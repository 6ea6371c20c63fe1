// package: the artifacts' digests and S3 keys.
#include "package/artifacts.h"

#include <fmt/format.h>

#include <filesystem>
#include <vector>

#include "compile/hash.h"

namespace slsc {
namespace {


// The S3 key's folder: a digest of the service, the stage and the artifact's own bytes, so that
// a function's key changes exactly when its code changes, and only its (the reference uses the
// upload's time instead). Without bytes, the service and the stage alone.
std::string keyFolder(const Service& service, const std::optional<std::string>& sha256) {
  Sha256 digest;
  digest.update(service.name).update("\n").update(service.provider.stage);
  if (sha256) digest.update("\n").update(*sha256);
  return service.provider.deploymentPrefix + "/" + service.name + "/" + service.provider.stage +
         "/" + digest.hex().substr(0, 16);
}

}  // namespace

std::string artifactFileName(const Service& service, const Function& fn) {
  if (!fn.artifact.empty()) return std::filesystem::path(fn.artifact).filename().string();
  if (fn.individually) return fn.key + ".zip";
  return service.name + ".zip";
}

std::string resolvePath(const Service& service, const std::string& relative) {
  std::filesystem::path path(relative);
  if (path.is_absolute() || service.serviceDir.empty()) return path.string();
  return (std::filesystem::path(service.serviceDir) / path).string();
}

FunctionCode functionCode(const Service& service, const Function& fn,
                          std::optional<std::string> sha256Base64) {
  FunctionCode code;
  code.s3Key = keyFolder(service, sha256Base64) + "/" + artifactFileName(service, fn);
  code.versionSalt = sha256Base64.value_or("");
  code.sha256Base64 = std::move(sha256Base64);
  return code;
}

namespace {

std::string listed(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 5;
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i)
    text += (i ? ", '" : "'") + names[i] + "'";
  if (names.size() > kShown) text += fmt::format(" and {} more", names.size() - kShown);
  return text;
}

// Functions whose code the compile cannot hash keep their S3Key and version id when their code
// changes: a CI job that uploads new code to that key deploys a template CloudFormation sees as
// unchanged. Said once, at the first of them.
void reportUnhashed(const Service& service, const std::map<std::string, FunctionCode>& codes,
                    Diagnostics& diagnostics) {
  std::vector<std::string> unhashed;
  const Function* first = nullptr;
  for (const auto& fn : service.functions) {
    if (fn.image || codes.at(fn.key).sha256Base64 || !fn.artifact.empty()) continue;
    if (!first) first = &fn;
    unhashed.push_back(fn.key);
  }
  if (!first) return;
  diagnostics.note(first->at, "code-not-hashed",
                   fmt::format("{} {} {} no package.artifact, so there is no code to hash: {} "
                               "S3Key and version id stay the same when the code changes, and "
                               "CloudFormation would keep the old code; 'sls-compile package' "
                               "zips the code and keys each zip by its bytes",
                               unhashed.size() == 1 ? "function" : "functions", listed(unhashed),
                               unhashed.size() == 1 ? "has" : "have",
                               unhashed.size() == 1 ? "its" : "their"));
}

}  // namespace

Artifacts packageArtifacts(const Service& service, const FileReader& reader,
                           Diagnostics& diagnostics) {
  std::map<std::string, FunctionCode> codes;
  for (const auto& fn : service.functions) {
    std::optional<std::string> sha256;
    if (!fn.artifact.empty()) {
      if (auto bytes = reader.read(resolvePath(service, fn.artifact))) {
        sha256 = Sha256().update(*bytes).base64();
      } else {
        diagnostics.warning(fn.at, "artifact-unreadable",
                            fmt::format("package.artifact '{}' of function '{}' cannot be read: "
                                        "its S3Key, CodeSha256 and version id cannot follow its "
                                        "code",
                                        fn.artifact, fn.key));
      }
    }
    codes.emplace(fn.key, functionCode(service, fn, std::move(sha256)));
  }
  reportUnhashed(service, codes, diagnostics);
  return Artifacts(std::move(codes));
}

}  // namespace slsc
