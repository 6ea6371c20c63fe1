// package: the artifacts' digests and S3 keys.
#include "package/artifacts.h"

#include <filesystem>

#include "compile/hash.h"

namespace slsc {
namespace {

std::string artifactFileName(const Service& service, const Function& fn) {
  if (!fn.artifact.empty()) return std::filesystem::path(fn.artifact).filename().string();
  if (service.individually) return fn.key + ".zip";
  return service.name + ".zip";
}

std::string resolvePath(const Service& service, const std::string& relative) {
  std::filesystem::path path(relative);
  if (path.is_absolute() || service.serviceDir.empty()) return path.string();
  return (std::filesystem::path(service.serviceDir) / path).string();
}

}  // namespace

// The S3 key's folder is a digest of every artifact's bytes, so that the key changes exactly
// when some code changes (the reference uses an upload timestamp instead).
Artifacts packageArtifacts(const Service& service, const FileReader& reader) {
  Sha256 folderDigest;
  folderDigest.update(service.name).update("\n").update(service.provider.stage);
  std::map<std::string, FunctionCode> codes;
  for (const auto& fn : service.functions) {
    FunctionCode code;
    if (!fn.artifact.empty()) {
      if (auto bytes = reader.read(resolvePath(service, fn.artifact))) {
        code.sha256Base64 = Sha256().update(*bytes).base64();
        code.versionSalt = *code.sha256Base64;
        folderDigest.update("\n").update(fn.key).update("\n").update(*code.sha256Base64);
      }
    }
    codes.emplace(fn.key, std::move(code));
  }
  std::string folder = service.provider.deploymentPrefix + "/" + service.name + "/" +
                       service.provider.stage + "/" + folderDigest.hex().substr(0, 16);
  for (const auto& fn : service.functions)
    codes[fn.key].s3Key = folder + "/" + artifactFileName(service, fn);
  return Artifacts(std::move(codes));
}

}  // namespace slsc
