// functions: a Lambda version per function (its id hashes the function's configuration and
// code, so a change publishes a new version), the alias that provisioned concurrency or
// SnapStart needs, and the QualifiedArn outputs.
#include "compile/hash.h"
#include "compile/units.h"
#include "naming/naming.h"

namespace slsc {
namespace {

// Digest of what makes a version: the function's properties except the code location (its
// bytes count instead), reserved concurrency and tags, which are not versioned.
std::string versionHash(CompileContext& context, const Function& fn) {
  Sha256 digest;
  if (const TemplateEntry* resource = context.out.resources().find(naming::lambdaFunction(fn.key))) {
    if (const Json* props = member(resource->value, "Properties")) {
      for (auto it = props->MemberBegin(); it != props->MemberEnd(); ++it) {
        std::string_view key(it->name.GetString(), it->name.GetStringLength());
        if ((key == "Code" && !fn.image) || key == "ReservedConcurrentExecutions" || key == "Tags")
          continue;
        digest.update(key).update("=").update(it->value).update("\n");
      }
    }
  }
  digest.update(context.code(fn).versionSalt);
  return digest.base64();
}

Json version(CompileContext& context, const Function& fn, bool retain) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("FunctionName", json.ref(naming::lambdaFunction(fn.key)));
  // Only a digest of the real zip may go here: a wrong one fails the deploy.
  if (auto sha = context.code(fn).sha256Base64) properties.set("CodeSha256", *sha);
  if (fn.description) properties.set("Description", *fn.description);
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Version");
  if (retain) resource.set("DeletionPolicy", "Retain");
  return resource.set("Properties", properties.take()).take();
}

Json alias(CompileContext& context, const Function& fn, const std::string& versionId) {
  JsonFactory& json = context.json();
  std::string functionId = naming::lambdaFunction(fn.key);
  JsonObject properties(json);
  properties.set("FunctionName", json.ref(functionId))
      .set("FunctionVersion", json.getAtt(versionId, "Version"))
      .set("Name", context.aliasName(fn).value_or(""));
  if (fn.provisionedConcurrency) {
    properties.set("ProvisionedConcurrencyConfig",
                   JsonObject(json)
                       .set("ProvisionedConcurrentExecutions",
                            json.fromNode(*fn.provisionedConcurrency))
                       .take());
  }
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Alias").set("Properties", properties.take());
  // The reference waits for the function by DependsOn; its FunctionName Ref orders it already.
  if (context.compat()) resource.set("DependsOn", functionId);
  return resource.take();
}

}  // namespace

void compileVersions(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& fn : context.service.functions) {
    if (!context.isVersioned(fn)) continue;
    bool retain = fn.versionFunction.value_or(context.provider.versionFunctions);
    std::string versionId = naming::lambdaVersion(fn.key, versionHash(context, fn));
    context.out.addResource(versionId, version(context, fn, retain), fn.at);
    if (auto aliasId = context.aliasId(fn))
      context.out.addResource(*aliasId, alias(context, fn, versionId), fn.at);
    context.addGeneratedOutput(naming::lambdaQualifiedArnOutput(fn.key),
                               JsonObject(json)
                                   .set("Description", "Current Lambda function version")
                                   .set("Value", json.ref(versionId))
                                   .take(),
                               fn.at);
  }
}

}  // namespace slsc
