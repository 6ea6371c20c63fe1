// package: each function's code — where its zip is uploaded, and the digest of its bytes when
// the file exists. The only stage after load that reads files; compile takes its result.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "model/service.h"
#include "source/diagnostics.h"
#include "slsc/file_reader.h"

namespace slsc {

// One function's code.
struct FunctionCode {
  std::string s3Key;
  std::optional<std::string> sha256Base64;  // of the artifact's bytes
  std::string versionSalt;                  // the artifact's bytes' digest, or empty
};

class Artifacts {
 public:
  explicit Artifacts(std::map<std::string, FunctionCode> byFunction)
      : byFunction_(std::move(byFunction)) {}
  const FunctionCode& code(const Function& fn) const { return byFunction_.at(fn.key); }

 private:
  std::map<std::string, FunctionCode> byFunction_;  // by function key
};

// The zip's file name in its S3 key: the artifact's, `<function>.zip` for a function packaged on
// its own, else `<service>.zip`.
std::string artifactFileName(const Service& service, const Function& fn);

// A path of the service (relative to its folder, or absolute) as the process opens it.
std::string resolvePath(const Service& service, const std::string& relative);

// The code of `fn` whose zip has the digest `sha256Base64` (none: its bytes are unknown). The S3
// key's folder is a digest of the service, the stage and those bytes.
FunctionCode functionCode(const Service& service, const Function& fn,
                          std::optional<std::string> sha256Base64);

// Reads every function's artifact through `reader` (relative paths from the service's folder).
// Each artifact's S3 key holds its own digest. An artifact that cannot be read is a warning;
// functions with no artifact (no code to hash) are named in a note.
Artifacts packageArtifacts(const Service& service, const FileReader& reader,
                           Diagnostics& diagnostics);

}  // namespace slsc
