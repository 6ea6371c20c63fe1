// websocket: the AWS::ApiGatewayV2::Api, unless the service uses an existing API.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileApi(CompileContext& context) {
  if (usesExistingApi(context.service)) return;
  const Provider& p = context.provider;
  const Settings& s = model(context.service).settings;
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties
      .set("Name", s.apiName.value_or(p.stage + "-" + context.service.name + "-websockets"))
      .set("RouteSelectionExpression",
           s.routeSelectionExpression.value_or("$request.body.action"))
      .set("Description", s.description.value_or("Serverless Websockets"))
      .set("ProtocolType", "WEBSOCKET");
  if (s.apiKeySelectionExpression)
    properties.set("ApiKeySelectionExpression", *s.apiKeySelectionExpression);
  if (auto disable = s.disableExecuteApiEndpoint)
    properties.set("DisableExecuteApiEndpoint", json.boolean(*disable));
  if (s.useProviderTags && !p.tags.empty()) properties.set("Tags", apigateway::tagMap(json, p.tags));
  context.out.addResource(std::string(naming::kWebsocketsApi),
                          resource(json, "AWS::ApiGatewayV2::Api", properties.take()),
                          context.serviceLocation());
}

}  // namespace slsc::websockets
