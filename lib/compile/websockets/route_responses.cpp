// websockets: a route response for each route with routeResponseSelectionExpression, so that
// the function's return value is sent back to the client.
#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {

void compileWebsocketsRouteResponses(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& [fn, event] : websockets::events(context.service)) {
    if (!event.routeResponse) continue;
    Json properties = JsonObject(json)
                          .set("ApiId", context.websocketApiId())
                          .set("RouteId", json.ref(naming::websocketsRoute(event.route.value)))
                          .set("RouteResponseKey", "$default")
                          .take();
    context.out.addResource(naming::websocketsRouteResponse(event.route.value),
                            websockets::resource(json, "AWS::ApiGatewayV2::RouteResponse",
                                                 std::move(properties)),
                            event.at);
  }
}

}  // namespace slsc
