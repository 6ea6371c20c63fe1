// websocket: one AWS_PROXY integration per function that handles a route.
#include <set>

#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileIntegrations(CompileContext& context) {
  JsonFactory& json = context.json();
  std::set<std::string> done;
  for (const auto& [fn, event] : events(context.service)) {
    if (!done.insert(fn.key).second) continue;
    JsonObject properties(json);
    properties.set("ApiId", apiId(context))
        .set("IntegrationType", "AWS_PROXY")
        .set("IntegrationUri", apigateway::invocationUri(json, context.lambdaTarget(fn)));
    const Settings& s = model(context.service).settings;
    if (s.timeoutInMillis) properties.set("TimeoutInMillis", json.num(*s.timeoutInMillis));
    if (s.contentHandling) properties.set("ContentHandlingStrategy", *s.contentHandling);
    std::vector<std::string> dependsOn;
    if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
    context.out.addResource(naming::websocketsIntegration(fn.key),
                            resource(json, "AWS::ApiGatewayV2::Integration",
                                                 properties.take(), std::move(dependsOn)),
                            event.at);
  }
}

}  // namespace slsc::websockets
