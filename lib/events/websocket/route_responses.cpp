// websocket: a route response for each route with routeResponseSelectionExpression, so that
// the function's return value is sent back to the client.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileRouteResponses(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& [fn, event] : events(context.service)) {
    if (!event.routeResponse) continue;
    Json properties = JsonObject(json)
                          .set("ApiId", apiId(context))
                          .set("RouteId", json.ref(naming::websocketsRoute(event.route.value)))
                          .set("RouteResponseKey", "$default")
                          .take();
    context.out.addResource(naming::websocketsRouteResponse(event.route.value),
                            resource(json, "AWS::ApiGatewayV2::RouteResponse",
                                                 std::move(properties)),
                            event.at);
  }
}

}  // namespace slsc::websockets
