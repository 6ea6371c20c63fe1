// functions: one AWS::Lambda::Function per function.
#include "compile/units.h"
#include "naming/naming.h"

namespace slsc {
namespace {

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

Json environment(JsonFactory& json, const std::vector<MapEntry>& entries) {
  JsonObject variables(json);
  for (const auto& e : entries) variables.set(e.key, json.fromNode(e.value));
  return JsonObject(json).set("Variables", variables.take()).take();
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

// provider.vpc unless the function sets its own, or unsets it with null / false.
std::optional<Json> vpcConfig(CompileContext& context, const Function& fn) {
  const Node* vpc = fn.vpc ? &*fn.vpc : context.provider.vpc ? &*context.provider.vpc : nullptr;
  if (!vpc || !vpc->isMap()) return std::nullopt;
  const Node* groups = vpc->get("securityGroupIds");
  const Node* subnets = vpc->get("subnetIds");
  const Node* providerVpc = context.provider.vpc && context.provider.vpc->isMap()
                                ? &*context.provider.vpc
                                : nullptr;
  if (!groups && providerVpc) groups = providerVpc->get("securityGroupIds");
  if (!subnets && providerVpc) subnets = providerVpc->get("subnetIds");
  if (!groups || !subnets) return std::nullopt;
  JsonFactory& json = context.json();
  return JsonObject(json)
      .set("SecurityGroupIds", json.fromNode(*groups))
      .set("SubnetIds", json.fromNode(*subnets))
      .take();
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
  if (roleDependency) out.push_back(json.str(*roleDependency));
  return out;
}

Json properties(CompileContext& context, const Function& fn, Json roleValue) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  p.set("Code", code(context, fn));
  if (fn.image) {
    p.set("PackageType", "Image");
  } else {
    p.set("Handler", fn.handler).set("Runtime", fn.runtime);
  }
  p.set("FunctionName", fn.name)
      .set("MemorySize", json.num(fn.memorySize))
      .set("Timeout", json.num(fn.timeout));
  if (fn.architecture) p.set("Architectures", json.strings({*fn.architecture}));
  if (fn.description) p.set("Description", *fn.description);
  if (!fn.tags.empty()) p.set("Tags", tags(json, fn.tags));
  if (!fn.environment.empty()) p.set("Environment", environment(json, fn.environment));
  p.set("Role", std::move(roleValue));
  if (auto vpc = vpcConfig(context, fn)) p.set("VpcConfig", std::move(*vpc));
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
