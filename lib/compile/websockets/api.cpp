// websockets: the AWS::ApiGatewayV2::Api, unless the service uses an existing API.
#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {

void compileWebsocketsApi(CompileContext& context) {
  if (context.usesExistingWebsocketApi()) return;
  const Provider& p = context.provider;
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties
      .set("Name", p.websocketsApiName.value_or(p.stage + "-" + context.service.name + "-websockets"))
      .set("RouteSelectionExpression",
           p.websocketsApiRouteSelectionExpression.value_or("$request.body.action"))
      .set("Description", p.websocketsDescription.value_or("Serverless Websockets"))
      .set("ProtocolType", "WEBSOCKET");
  if (p.websocketUseProviderTags && !p.tags.empty()) {
    JsonObject tags(json);
    for (const auto& e : p.tags) tags.set(e.key, json.fromNode(e.value));
    properties.set("Tags", tags.take());
  }
  context.out.addResource(std::string(naming::kWebsocketsApi),
                          websockets::resource(json, "AWS::ApiGatewayV2::Api", properties.take()),
                          context.serviceLocation());
}

}  // namespace slsc
