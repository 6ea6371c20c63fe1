// websockets: one AWS_PROXY integration per function that handles a route.
#include <set>

#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {

void compileWebsocketsIntegrations(CompileContext& context) {
  JsonFactory& json = context.json();
  std::set<std::string> done;
  for (const auto& [fn, event] : websockets::events(context.service)) {
    if (!done.insert(fn.key).second) continue;
    Json properties = JsonObject(json)
                          .set("ApiId", context.websocketApiId())
                          .set("IntegrationType", "AWS_PROXY")
                          .set("IntegrationUri",
                               websockets::invocationUri(json, context.lambdaTarget(fn)))
                          .take();
    std::vector<std::string> dependsOn;
    if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
    context.out.addResource(naming::websocketsIntegration(fn.key),
                            websockets::resource(json, "AWS::ApiGatewayV2::Integration",
                                                 std::move(properties), std::move(dependsOn)),
                            event.at);
  }
}

}  // namespace slsc
