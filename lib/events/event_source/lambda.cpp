// The resource shape and Lambda permission the sns, s3 and cloudwatchLog families share.
#include "events/event_source/lambda.h"

namespace slsc::eventsource {

Json resource(JsonFactory& json, std::string_view type, Json properties,
              const std::vector<std::string>& dependsOn) {
  JsonObject out(json);
  out.set("Type", type);
  if (!dependsOn.empty()) out.set("DependsOn", json.strings(dependsOn));
  return out.set("Properties", std::move(properties)).take();
}

std::vector<std::string> aliasDependency(const CompileContext& context, const Function& fn) {
  if (auto alias = context.aliasId(fn)) return {*alias};
  return {};
}

Json permission(CompileContext& context, const Function& fn, Permission p) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("FunctionName", context.lambdaTarget(fn))
      .set("Action", "lambda:InvokeFunction")
      .set("Principal", std::move(p.principal));
  if (p.sourceArn) properties.set("SourceArn", std::move(*p.sourceArn));
  if (p.sourceAccount) properties.set("SourceAccount", std::move(*p.sourceAccount));
  return resource(json, "AWS::Lambda::Permission", properties.take(), p.dependsOn);
}

std::string identity(const Node& node) {
  if (node.isScalar()) return node.text();
  std::string out = node.isMap() ? "{" : "[";
  if (node.isMap())
    for (const auto& e : node.entries()) out += e.key + ":" + identity(e.value) + ",";
  else
    for (const auto& item : node.items()) out += identity(item) + ",";
  return out + (node.isMap() ? "}" : "]");
}

}  // namespace slsc::eventsource
