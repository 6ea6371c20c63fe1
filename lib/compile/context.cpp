// Facts about the service shared by the compile units.
#include "compile/context.h"

#include <filesystem>

#include "compile/hash.h"
#include "naming/naming.h"

namespace slsc {
namespace {

bool computeGeneratesLambdaRole(const Service& service) {
  if (service.functions.empty() || service.provider.role) return false;
  for (const auto& fn : service.functions)
    if (!fn.role) return true;
  return false;
}

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

CompileContext::CompileContext(const Service& s, Template& t, const FileReader& r)
    : service(s), provider(s.provider), out(t), reader(r) {
  for (const auto& fn : service.functions) {
    if (!fn.websockets.empty()) hasWebsockets_ = true;
    functions_.emplace(fn.key, &fn);
  }
  generatesLambdaRole_ = computeGeneratesLambdaRole(service);
  readCode();
  rankFinishes();
}

// The S3 key's folder is a digest of every artifact's bytes, so that the key changes exactly
// when some code changes (the reference uses an upload timestamp instead).
void CompileContext::readCode() {
  Sha256 folderDigest;
  folderDigest.update(service.name).update("\n").update(provider.stage);
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
  std::string folder = provider.deploymentPrefix + "/" + service.name + "/" + provider.stage + "/" +
                       folderDigest.hex().substr(0, 16);
  for (const auto& fn : service.functions)
    codes[fn.key].s3Key = folder + "/" + artifactFileName(service, fn);
  code_ = std::move(codes);
}

Json CompileContext::websocketApiId() {
  if (provider.websocketApiId) return json().fromNode(*provider.websocketApiId);
  return json().ref(naming::kWebsocketsApi);
}

void CompileContext::addGeneratedOutput(const std::string& id, Json output,
                                        const Location& origin) {
  Json name = JsonObject(json())
                  .set("Name", naming::exportName(service.name, provider.stage, id))
                  .take();
  setMember(output, "Export", std::move(name), out.allocator());
  out.addOutput(id, std::move(output), origin);
}

Json CompileContext::executeApiArn(std::string_view suffix) {
  std::string prefix = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:";
  if (!provider.websocketApiId)
    return json().sub(prefix + "${" + std::string(naming::kWebsocketsApi) + "}" + std::string(suffix));
  const Node& id = *provider.websocketApiId;
  if (id.isScalar()) return json().sub(prefix + id.text() + std::string(suffix));
  std::vector<Json> parts;
  parts.push_back(json().str("arn:"));
  parts.push_back(json().ref("AWS::Partition"));
  parts.push_back(json().str(":execute-api:"));
  parts.push_back(json().ref("AWS::Region"));
  parts.push_back(json().str(":"));
  parts.push_back(json().ref("AWS::AccountId"));
  parts.push_back(json().str(":"));
  parts.push_back(json().fromNode(id));
  parts.push_back(json().str(suffix));
  return json().join("", std::move(parts));
}

std::optional<std::string> CompileContext::aliasId(const Function& fn) const {
  if (fn.provisionedConcurrency) return naming::provisionedConcurrencyAlias(fn.key);
  if (fn.snapStart) return naming::snapStartAlias(fn.key);
  return std::nullopt;
}

std::optional<std::string> CompileContext::aliasName(const Function& fn) const {
  if (fn.provisionedConcurrency) return "provisioned";
  if (fn.snapStart) return "snapstart";
  return std::nullopt;
}

Json CompileContext::lambdaTarget(const Function& fn) {
  Json arn = json().getAtt(naming::lambdaFunction(fn.key), "Arn");
  auto alias = aliasName(fn);
  if (!alias) return arn;
  std::vector<Json> parts;
  parts.push_back(std::move(arn));
  parts.push_back(json().str(*alias));
  return json().join(":", std::move(parts));
}

bool CompileContext::isVersioned(const Function& fn) const {
  bool versioned = fn.versionFunction.value_or(provider.versionFunctions);
  return versioned || fn.provisionedConcurrency || fn.snapStart;
}

bool CompileContext::finishesAfter(const Function& a, const Function& b) const {
  const Function* first = service.functions.data();
  return finishRank_[static_cast<std::size_t>(&a - first)] >
         finishRank_[static_cast<std::size_t>(&b - first)];
}

void CompileContext::rankFinishes() {
  auto group = [&](const Function& fn) { return fn.image ? 1 : isVersioned(fn) ? 2 : 0; };
  finishRank_.resize(service.functions.size());
  std::size_t rank = 0;
  for (int g = 0; g < 3; ++g)
    for (std::size_t i = 0; i < service.functions.size(); ++i)
      if (group(service.functions[i]) == g) finishRank_[i] = rank++;
}

const Function* CompileContext::function(const std::string& key) const {
  auto it = functions_.find(key);
  return it == functions_.end() ? nullptr : it->second;
}

}  // namespace slsc
