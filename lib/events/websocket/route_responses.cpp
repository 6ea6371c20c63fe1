// websocket: a route response for each route with routeResponseSelectionExpression, so that
// the function's return value is sent back to the client.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileRouteResponses(CompileContext& context) {
  for (const auto& [fn, event] : events(context.service)) {
    if (!event.routeResponse) continue;
    context.out.addResource(naming::websocketsRouteResponse(event.route.value),
                            defaultResponse(context, "AWS::ApiGatewayV2::RouteResponse", "RouteId",
                                            naming::websocketsRoute(event.route.value),
                                            "RouteResponseKey"),
                            event.at);
  }
}

}  // namespace slsc::websockets
