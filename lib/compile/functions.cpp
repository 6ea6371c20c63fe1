// functions: one AWS::Lambda::Function per function.
#include "compile/units.h"
#include "events/registry.h"
#include "naming/naming.h"

namespace slsc {
namespace {

Json wholeNumber(JsonFactory& json, const WholeNumber& n) {
  return n.function ? json.fromNode(*n.function) : json.num(n.value);
}

Json code(CompileContext& context, const Function& fn) {
  JsonFactory& json = context.json();
  if (fn.image) {
    const Node* uri = fn.image->isMap() ? fn.image->get("uri") : &*fn.image;
    return JsonObject(json).set("ImageUri", uri ? json.fromNode(*uri) : json.str("")).take();
  }
  Json bucket = context.provider.deploymentBucket
                    ? json.fromNode(*context.provider.deploymentBucket)
                    : json.ref(naming::kDeploymentBucket);
  return JsonObject(json)
      .set("S3Bucket", std::move(bucket))
      .set("S3Key", context.code(fn).s3Key)
      .take();
}

Json tags(JsonFactory& json, const std::vector<MapEntry>& entries) {
  std::vector<Json> out;
  for (const auto& e : entries)
    out.push_back(JsonObject(json).set("Key", e.key).set("Value", json.fromNode(e.value)).take());
  return json.array(std::move(out));
}

// The function's own variables, then those event families add; none, no Environment.
std::optional<Json> environment(CompileContext& context, const Function& fn) {
  JsonFactory& json = context.json();
  JsonObject variables(json);
  for (const auto& e : fn.environment) variables.set(e.key, json.fromNode(e.value));
  addEventEnvironment(context, fn, variables);
  Json built = variables.take();
  if (built.MemberCount() == 0) return std::nullopt;
  return JsonObject(json).set("Variables", std::move(built)).take();
}

// The role a function assumes, and the resource it must wait for when that is a logical id.
struct RoleChoice {
  Json role;
  std::optional<std::string> dependsOn;
};

RoleChoice role(CompileContext& context, const Function& fn) {
  JsonFactory& json = context.json();
  const Node* chosen = fn.role ? &*fn.role : context.provider.role ? &*context.provider.role
                                                                   : nullptr;
  if (!chosen && fn.ownRole) return {json.getAtt(naming::functionRole(fn.key), "Arn"), std::nullopt};
  if (!chosen) return {json.getAtt(naming::kLambdaRole, "Arn"), std::nullopt};
  if (chosen->isScalar()) {
    const std::string& name = chosen->text();
    if (name.rfind("arn:", 0) == 0) return {json.str(name), std::nullopt};
    if (name == naming::kLambdaRole) return {json.getAtt(name, "Arn"), std::nullopt};
    return {json.getAtt(name, "Arn"), name};
  }
  const Node* getAtt = chosen->isMap() ? chosen->get("Fn::GetAtt") : nullptr;
  if (getAtt && getAtt->isSeq() && !getAtt->items().empty() && getAtt->items()[0].isScalar())
    return {json.fromNode(*chosen), getAtt->items()[0].text()};
  return {json.fromNode(*chosen), std::nullopt};
}

std::optional<Json> vpcConfig(JsonFactory& json, const Function& fn) {
  if (!fn.securityGroupIds || !fn.subnetIds) return std::nullopt;
  return JsonObject(json)
      .set("SecurityGroupIds", json.fromNode(*fn.securityGroupIds))
      .set("SubnetIds", json.fromNode(*fn.subnetIds))
      .take();
}

// image: {command, entryPoint, workingDirectory} beside its name or uri.
std::optional<Json> imageConfig(JsonFactory& json, const Function& fn) {
  if (!fn.image || !fn.image->isMap()) return std::nullopt;
  JsonObject config(json);
  bool any = false;
  for (auto [key, property] : {std::pair{"command", "Command"}, std::pair{"entryPoint", "EntryPoint"},
                               std::pair{"workingDirectory", "WorkingDirectory"}}) {
    const Node* value = fn.image->get(key);
    if (!value || value->isNull()) continue;
    config.set(property, json.fromNode(*value));
    any = true;
  }
  if (!any) return std::nullopt;
  return config.take();
}

std::optional<Json> runtimeManagementConfig(JsonFactory& json, const Function& fn) {
  const RuntimeManagement& rm = fn.runtimeManagement;
  if (rm.mode == "auto") return std::nullopt;
  JsonObject config(json);
  config.set("UpdateRuntimeOn", rm.mode == "manual" ? "Manual" : "FunctionUpdate");
  if (rm.mode == "manual" && rm.arn) config.set("RuntimeVersionArn", json.fromNode(*rm.arn));
  return config.take();
}

Json fileSystemConfigs(JsonFactory& json, const Node& config) {
  const Node* arn = config.get("arn");
  const Node* path = config.get("localMountPath");
  std::vector<Json> list;
  list.push_back(JsonObject(json)
                     .set("Arn", arn ? json.fromNode(*arn) : Json())
                     .set("LocalMountPath", path ? json.fromNode(*path) : Json())
                     .take());
  return json.array(std::move(list));
}

// The settings that follow the description and tags in the reference's order.
void setRuntimeSettings(JsonFactory& json, const Function& fn, JsonObject& p) {
  if (fn.ephemeralStorageSize)
    p.set("EphemeralStorage",
          JsonObject(json).set("Size", json.fromNode(*fn.ephemeralStorageSize)).take());
  if (fn.onError)
    p.set("DeadLetterConfig", JsonObject(json).set("TargetArn", json.fromNode(*fn.onError)).take());
  if (fn.kmsKeyArn) p.set("KmsKeyArn", json.fromNode(*fn.kmsKeyArn));
  if (fn.tracing) p.set("TracingConfig", JsonObject(json).set("Mode", *fn.tracing).take());
}

std::vector<Json> dependsOn(CompileContext& context, const Function& fn,
                            const std::optional<std::string>& roleDependency) {
  JsonFactory& json = context.json();
  std::vector<Json> out;
  if (!fn.disableLogs) out.push_back(json.str(naming::logGroup(fn.key)));
  if (fn.dependsOn && fn.dependsOn->isSeq()) {
    for (const auto& d : fn.dependsOn->items()) out.push_back(json.fromNode(d));
  } else if (fn.dependsOn) {
    out.push_back(json.fromNode(*fn.dependsOn));
  }
  // The Role's GetAtt orders the deploy already; the reference lists the role as well.
  if (roleDependency && context.compat()) out.push_back(json.str(*roleDependency));
  return out;
}

Json properties(CompileContext& context, const Function& fn, Json roleValue) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  p.set("Code", code(context, fn));
  if (auto config = imageConfig(json, fn)) p.set("ImageConfig", std::move(*config));
  if (fn.image) {
    p.set("PackageType", "Image");
  } else {
    if (auto config = runtimeManagementConfig(json, fn))
      p.set("RuntimeManagementConfig", std::move(*config));
    p.set("Handler", fn.handler).set("Runtime", fn.runtime);
  }
  p.set("FunctionName", fn.name)
      .set("MemorySize", wholeNumber(json, fn.memorySize))
      .set("Timeout", wholeNumber(json, fn.timeout));
  if (fn.architecture) p.set("Architectures", json.strings({*fn.architecture}));
  if (fn.description) p.set("Description", *fn.description);
  if (!fn.tags.empty()) p.set("Tags", tags(json, fn.tags));
  setRuntimeSettings(json, fn, p);
  if (auto variables = environment(context, fn)) p.set("Environment", std::move(*variables));
  p.set("Role", std::move(roleValue));
  if (auto vpc = vpcConfig(json, fn)) p.set("VpcConfig", std::move(*vpc));
  if (fn.fileSystemConfig) p.set("FileSystemConfigs", fileSystemConfigs(json, *fn.fileSystemConfig));
  if (fn.reservedConcurrency)
    p.set("ReservedConcurrentExecutions", json.fromNode(*fn.reservedConcurrency));
  if (fn.layers) {
    Json layers = json.fromNode(*fn.layers);
    if (!layers.IsArray()) {  // the reference's schema coerces a lone layer into a list
      Json list(rapidjson::kArrayType);
      list.PushBack(layers, json.allocator());
      layers = std::move(list);
    }
    p.set("Layers", std::move(layers));
  }
  if (fn.snapStart)
    p.set("SnapStart", JsonObject(json).set("ApplyOn", "PublishedVersions").take());
  return p.take();
}

}  // namespace

void compileFunctions(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& fn : context.service.functions) {
    RoleChoice chosen = role(context, fn);
    JsonObject resource(json);
    resource.set("Type", "AWS::Lambda::Function")
        .set("Properties", properties(context, fn, std::move(chosen.role)));
    if (fn.condition) resource.set("Condition", json.fromNode(*fn.condition));
    if (auto deps = dependsOn(context, fn, chosen.dependsOn); !deps.empty())
      resource.set("DependsOn", json.array(std::move(deps)));
    context.out.addResource(naming::lambdaFunction(fn.key), resource.take(), fn.at);
  }
}

}  // namespace slsc
