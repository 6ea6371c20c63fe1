// websocket: one route per route key, targeting its function's integration.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileRoutes(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& [fn, event] : events(context.service)) {
    std::vector<Json> target;
    target.push_back(json.str("integrations"));
    target.push_back(json.ref(naming::websocketsIntegration(fn.key)));
    JsonObject properties(json);
    properties.set("ApiId", apiId(context))
        .set("RouteKey", event.route.value)
        .set("AuthorizationType",
             event.iamAuthorization ? "AWS_IAM" : (event.authorizer ? "CUSTOM" : "NONE"))
        .set("Target", json.join("/", std::move(target)));
    if (event.routeResponse) properties.set("RouteResponseSelectionExpression", "$default");
    if (event.apiKeyRequiredAt) properties.set("ApiKeyRequired", json.boolean(true));
    if (event.authorizer)
      properties.set("AuthorizerId", json.ref(naming::websocketsAuthorizer(event.authorizer->name)));
    context.out.addResource(naming::websocketsRoute(event.route.value),
                            resource(json, "AWS::ApiGatewayV2::Route",
                                                 properties.take()),
                            event.route.at);
  }
}

}  // namespace slsc::websockets
