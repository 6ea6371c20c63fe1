// package: the artifacts stage of `sls-compile package`. It zips the service's code into a
// staging folder (the service's zip, and one per function packaged on its own), takes the
// artifacts the service names as they are, and keys every function by its zip's bytes. It
// also keeps, from the model, what the deploy plan needs.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/service.h"
#include "package/artifacts.h"
#include "package/digest.h"
#include "package/tree.h"
#include "source/diagnostics.h"

namespace slsc {

// One file to put in the deployment bucket.
struct Upload {
  std::string file;  // on disk: in the staging folder (a zip built here) or the service's
  bool built = false;  // the zip was built here (file is relative to the output folder)
  std::string source;  // a given artifact: its package.artifact, as written
  std::string key;
  std::uint64_t size = 0;
  std::string sha256;  // hex
  std::string md5;     // hex
};

// What the deploy plan says about the stack, from the model.
struct StackSettings {
  std::string service;
  std::string stage;
  std::string region;
  std::string stackName;
  std::vector<std::pair<std::string, std::string>> tags;  // STAGE, then provider.stackTags
  std::string bucket;        // provider.deploymentBucket; empty: the bucket stack's output
  std::string keyFolder;     // deploymentPrefix/service/stage
  std::string roleArn;       // provider.iam.deploymentRole (cfnRole)
  std::vector<std::string> notificationArns;
  std::vector<std::pair<std::string, std::string>> parameters;  // provider.stackParameters
  std::string stackPolicyJson;           // provider.stackPolicy's statements, as JSON
  std::string rollbackConfigurationJson;  // as JSON
  bool disableRollback = false;
  bool direct = false;  // deploymentMethod: direct (update-stack, no change sets)
};

class Packager {
 public:
  // Zips go into `staging`; `serviceFileName` (the service file, relative to its folder) and
  // the top-level folders in `skip` are never packaged.
  Packager(std::string staging, std::string serviceFileName, std::vector<std::string> skip)
      : staging_(std::move(staging)), serviceFile_(std::move(serviceFileName)),
        skip_(std::move(skip)) {}

  std::optional<Artifacts> build(const Service& service, Diagnostics& diagnostics);

  const std::vector<Upload>& uploads() const { return uploads_; }
  const StackSettings& stack() const { return stack_; }

 private:
  // The zip's file name in the staging folder.
  std::optional<std::string> zipFiles(const Service& service, const Function* fn, const Tree& tree,
                              const std::vector<std::string>& devExcludes,
                              Diagnostics& diagnostics);
  std::optional<std::string> givenArtifact(const Service& service, const Function& fn,
                                           Diagnostics& diagnostics);
  void reportUnmatched(const Service& service, Diagnostics& diagnostics) const;
  void reportIgnoredPatterns(const Function& fn, Diagnostics& diagnostics);
  // The code of `fn` in `file` (a zip built in the staging folder, or the service's artifact),
  // recorded as an upload.
  std::optional<FunctionCode> upload(const Service& service, const Function& fn,
                                     const std::string& file, bool built);

  std::string staging_;
  std::string serviceFile_;
  std::vector<std::string> skip_;
  std::vector<Upload> uploads_;
  StackSettings stack_;
  std::set<const PackagePattern*> matched_;
  bool warnedIgnored_ = false;
  std::set<std::string> zipNames_;  // the zips built, to refuse a name twice
  std::map<std::string, FileDigest> digests_;  // by file: a shared zip is read once
  std::set<std::string> uploadKeys_;           // the keys of uploads_
};

// The stack settings of `service` (exposed for the tests).
StackSettings stackSettings(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc
