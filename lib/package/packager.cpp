// package: building the zips and keying the functions by them.
#include "package/packager.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "compile/json.h"
#include "package/dev_dependencies.h"
#include "package/digest.h"
#include "package/select.h"
#include "package/zip.h"
#include "source/ascii.h"

namespace slsc {
namespace {

// Where a diagnostic about the zip of `fn` (or the service's, null) points.
Location zipLocation(const Service& service, const Function* fn) {
  return fn ? fn->at : service.nameAt;
}

std::string zipLabel(const Service& service, const Function* fn) {
  return fn ? fmt::format("function '{}'", fn->key)
            : fmt::format("the service's zip ({}.zip)", service.name);
}

// A selected file that is a link out of the service folder is an error: the zip would hold
// whatever the machine packaging it has there.
bool checkLinks(const Service& service, const Function* fn,
                const std::vector<const TreeFile*>& files, Diagnostics& diagnostics) {
  bool ok = true;
  for (const TreeFile* file : files) {
    if (file->escapesTo.empty()) continue;
    diagnostics.error(zipLocation(service, fn), "package-link-outside",
                      fmt::format("'{}', which {} would package, is a symbolic link that leads "
                                  "outside the service folder (to '{}'); exclude it, or copy what "
                                  "it points to into the folder",
                                  file->path, zipLabel(service, fn), file->escapesTo));
    ok = false;
  }
  return ok;
}

std::string jsonText(const Node& node) {
  rapidjson::Document doc;
  JsonFactory json(doc.GetAllocator());
  return toCompactJson(json.fromNode(node));
}

std::vector<std::string> strings(const NodeRef& list) {
  std::vector<std::string> out;
  if (list && list->isSeq())
    for (const auto& item : list->items())
      if (item.isScalar()) out.push_back(item.text());
  return out;
}

// STAGE, then provider.stackTags; a stack tag named like STAGE (in any case) replaces it.
std::vector<std::pair<std::string, std::string>> stackTags(const Service& service) {
  std::vector<std::pair<std::string, std::string>> tags;
  bool stageTagged = false;
  for (const auto& tag : service.provider.stackTags) {
    stageTagged = stageTagged || asciiLower(tag.key) == "stage";
  }
  if (!stageTagged) tags.emplace_back("STAGE", service.provider.stage);
  for (const auto& tag : service.provider.stackTags) tags.emplace_back(tag.key, tag.value.text());
  return tags;
}

// provider.stackParameters: [{ParameterKey, ParameterValue}, …].
std::vector<std::pair<std::string, std::string>> parameters(const NodeRef& list) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!list || !list->isSeq()) return out;
  for (const auto& item : list->items()) {
    const Node* key = item.isMap() ? item.get("ParameterKey") : nullptr;
    const Node* value = item.isMap() ? item.get("ParameterValue") : nullptr;
    if (key && key->isScalar()) out.emplace_back(key->text(), value && value->isScalar() ? value->text() : "");
  }
  return out;
}

// A setting the plan needs as text (an ARN, a bucket name): a CloudFormation function there
// cannot be resolved before the stack exists.
std::string textSetting(const NodeRef& value, const char* setting,
                        Diagnostics& diagnostics) {
  if (!value) return "";
  if (value->isScalar()) return value->text();
  diagnostics.error(value->location(), "package-setting-not-text",
                    fmt::format("{} must be written as text for the deploy plan: a CloudFormation "
                                "function here has no value before the stack exists",
                                setting));
  return "";
}

}  // namespace

StackSettings stackSettings(const Service& service, Diagnostics& diagnostics) {
  const Provider& p = service.provider;
  StackSettings s;
  s.service = service.name;
  s.stage = p.stage;
  s.region = p.region;
  s.stackName = stackName(service);
  s.tags = stackTags(service);
  s.bucket = textSetting(p.deploymentBucket, "provider.deploymentBucket", diagnostics);
  s.keyFolder = p.deploymentPrefix + "/" + service.name + "/" + p.stage;
  s.roleArn = textSetting(p.deploymentRole, "provider.iam.deploymentRole", diagnostics);
  s.notificationArns = strings(p.notificationArns);
  s.parameters = parameters(p.stackParameters);
  if (p.stackPolicy && p.stackPolicy->isSeq() && !p.stackPolicy->items().empty())
    s.stackPolicyJson = jsonText(*p.stackPolicy);
  if (p.rollbackConfiguration) s.rollbackConfigurationJson = jsonText(*p.rollbackConfiguration);
  s.disableRollback = p.disableRollback;
  s.direct = p.deploymentMethod == "direct";
  if (p.rollbackConfiguration && !s.direct)
    diagnostics.warning(p.rollbackConfiguration->location(), "package-setting-not-deployed",
                        "deploy.sh deploys with 'aws cloudformation deploy', which takes no "
                        "rollback configuration: provider.rollbackConfiguration is in "
                        "deploy-plan.json but not applied (deploymentMethod: direct applies it)");
  return s;
}

std::optional<FunctionCode> Packager::upload(const Service& service, const Function& fn,
                                             const std::string& file, bool built) {
  std::string path = built ? (std::filesystem::path(staging_) / file).string() : file;
  // The service's zip serves every function packaged with it: read and recorded once.
  auto known = digests_.find(path);
  if (known == digests_.end()) {
    std::optional<FileDigest> digest = digestFile(path);
    if (!digest) return std::nullopt;
    known = digests_.emplace(path, std::move(*digest)).first;
  }
  const FileDigest& digest = known->second;
  FunctionCode code = functionCode(service, fn, digest.sha256Base64);
  if (uploadKeys_.insert(code.s3Key).second)
    uploads_.push_back({file, built, built ? "" : fn.artifact, code.s3Key, digest.size,
                        digest.sha256Hex, digest.md5Hex});
  return code;
}

std::optional<std::string> Packager::zipFiles(const Service& service, const Function* fn,
                                                const Tree& tree,
                                                const std::vector<std::string>& devExcludes,
                                                Diagnostics& diagnostics) {
  std::vector<SelectionRule> rules = selectionRules(service, fn, serviceFile_, devExcludes);
  std::vector<const TreeFile*> files = selectFiles(tree, rules, matched_);
  if (files.empty()) {
    diagnostics.error(zipLocation(service, fn), "package-no-files",
                      fmt::format("no file matches the package patterns of {}", zipLabel(service, fn)));
    return std::nullopt;
  }
  if (!checkLinks(service, fn, files, diagnostics)) return std::nullopt;
  std::vector<ZipEntry> entries;
  entries.reserve(files.size());
  for (const TreeFile* file : files)
    entries.push_back({file->path, tree.root + "/" + file->path, file->executable});
  std::string zip = (fn ? fn->key : service.name) + ".zip";
  if (!zipNames_.insert(zip).second) {
    diagnostics.error(zipLocation(service, fn), "package-zip-name-clash",
                      fmt::format("{} would be zipped as '{}', the name of another zip of this "
                                  "service (function '{}' and the service '{}' share it); rename "
                                  "the function",
                                  zipLabel(service, fn), zip, fn ? fn->key : service.name,
                                  service.name));
    return std::nullopt;
  }
  std::string error;
  if (!writeZip((std::filesystem::path(staging_) / zip).string(), entries, error)) {
    diagnostics.error(zipLocation(service, fn), "package-file-unreadable", error);
    return std::nullopt;
  }
  return zip;
}

std::optional<std::string> Packager::givenArtifact(const Service& service, const Function& fn,
                                                   Diagnostics& diagnostics) {
  std::string path = resolvePath(service, fn.artifact);
  if (!std::filesystem::is_regular_file(path)) {
    diagnostics.error(fn.artifactAt.value_or(fn.at), "package-artifact-missing",
                      fmt::format("package.artifact '{}' of function '{}' does not exist", fn.artifact,
                                  fn.key));
    return std::nullopt;
  }
  return path;
}

// Function-level patterns count only for a function packaged on its own (the reference warns
// too, and packages the function with the service's patterns).
void Packager::reportIgnoredPatterns(const Function& fn, Diagnostics& diagnostics) {
  const auto& own = !fn.package.include.empty() ? fn.package.include : fn.package.exclude;
  if (own.empty() || warnedIgnored_) return;
  warnedIgnored_ = true;
  diagnostics.warning(own.front().at, "package-patterns-ignored",
                      fmt::format("function '{}' is packaged with the service's zip, so its own "
                                  "package patterns are ignored; set package.individually: true "
                                  "(the function's or the service's) to give it its own zip",
                                  fn.key));
}

// A pattern of the user's that matches no file of the service folder is most likely a typo.
void Packager::reportUnmatched(const Service& service, Diagnostics& diagnostics) const {
  auto check = [&](const std::vector<PackagePattern>& patterns) {
    for (const auto& p : patterns)
      if (!matched_.count(&p))
        diagnostics.warning(p.at, "package-pattern-unmatched",
                            fmt::format("the package pattern '{}' matches no file of the service "
                                        "folder",
                                        p.glob));
  };
  check(service.package.exclude);
  check(service.package.include);
  for (const auto& fn : service.functions) {
    if (!fn.individually) continue;
    check(fn.package.exclude);
    check(fn.package.include);
  }
}

// An S3 key made of the service's settings (deploymentPrefix, the service, the stage) that
// would not stay a key inside the bucket's mirror folder: empty segments, '.', '..', control
// characters.
bool isSafeKey(const std::string& key) {
  if (key.empty() || key.front() == '/') return false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    if (i < key.size() && static_cast<unsigned char>(key[i]) < 0x20) return false;
    if (i != key.size() && key[i] != '/') continue;
    std::string segment = key.substr(start, i - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = i + 1;
  }
  return true;
}

std::optional<Artifacts> Packager::build(const Service& service, Diagnostics& diagnostics) {
  stack_ = stackSettings(service, diagnostics);
  if (!isSafeKey(stack_.keyFolder + "/x.zip")) {
    diagnostics.error(service.provider.at, "package-key-invalid",
                      fmt::format("the S3 keys would start with '{}': provider.deploymentPrefix, "
                                  "the service name and the stage must make a relative key of "
                                  "non-empty segments, without '.' or '..'",
                                  stack_.keyFolder));
    return std::nullopt;
  }
  Tree tree = listTree(service.serviceDir, skip_);
  if (tree.tooLarge)
    diagnostics.error(service.nameAt, "package-tree-too-large",
                      fmt::format("the service folder lists more than {} files with its links "
                                  "followed (links that lead to each other multiply the paths); "
                                  "exclude what the zips do not need, or remove such links",
                                  kMaxTreeFiles));
  if (tree.tooLarge) return std::nullopt;
  for (const auto& folder : tree.unreadable)
    diagnostics.error(service.nameAt, "package-file-unreadable",
                      fmt::format("cannot list the folder '{}' of the service", folder));
  std::vector<std::string> devExcludes;
  if (service.excludeDevDependencies) devExcludes = devDependencyExcludes(tree);

  std::map<std::string, FunctionCode> codes;
  std::optional<std::string> serviceZip;
  bool ok = true;
  for (const auto& fn : service.functions) {
    std::optional<FunctionCode> code;
    if (fn.image) {
      code = functionCode(service, fn, std::nullopt);  // the image is the code
    } else if (fn.artifact.rfind("s3://", 0) == 0 || fn.artifact.rfind("https://", 0) == 0) {
      code = functionCode(service, fn, std::nullopt);  // in S3 already: nothing to upload
    } else if (!fn.artifact.empty()) {
      if (std::optional<std::string> path = givenArtifact(service, fn, diagnostics))
        code = upload(service, fn, *path, false);
    } else {
      std::optional<std::string> zip;
      if (fn.individually) {
        zip = zipFiles(service, &fn, tree, devExcludes, diagnostics);
      } else {
        reportIgnoredPatterns(fn, diagnostics);
        if (!serviceZip) serviceZip = zipFiles(service, nullptr, tree, devExcludes, diagnostics);
        zip = serviceZip;
      }
      if (!zip) return std::nullopt;
      code = upload(service, fn, *zip, true);
      if (!code)
        diagnostics.error(fn.at, "package-file-unreadable",
                          fmt::format("cannot read back the zip '{}'", *zip));
    }
    if (code) codes.emplace(fn.key, std::move(*code));
    ok = ok && code;
  }
  if (!ok) return std::nullopt;
  reportUnmatched(service, diagnostics);
  return Artifacts(std::move(codes));
}

}  // namespace slsc
