// Shared pieces of the websocket compile units.
#include "compile/websockets/common.h"

namespace slsc::websockets {

std::vector<EventRef> events(const Service& service) {
  std::vector<EventRef> out;
  for (const auto& fn : service.functions)
    for (const auto& event : fn.websockets) out.push_back(EventRef{fn, event});
  return out;
}

Json invocationUri(JsonFactory& json, Json target) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":apigateway:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":lambda:path/2015-03-31/functions/"));
  parts.push_back(std::move(target));
  parts.push_back(json.str("/invocations"));
  return json.join("", std::move(parts));
}

Json authorizerTarget(CompileContext& context, const WebsocketAuthorizer& authorizer) {
  if (authorizer.arn) return context.json().fromNode(*authorizer.arn);
  return context.lambdaTarget(*context.function(*authorizer.function));
}

Json resource(JsonFactory& json, std::string_view type, Json properties,
              std::vector<std::string> dependsOn) {
  JsonObject out(json);
  out.set("Type", type);
  if (!dependsOn.empty()) {
    std::vector<Json> ids;
    for (const auto& id : dependsOn) ids.push_back(json.str(id));
    out.set("DependsOn", json.array(std::move(ids)));
  }
  return out.set("Properties", std::move(properties)).take();
}

}  // namespace slsc::websockets
