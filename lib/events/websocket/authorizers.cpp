// websocket: one REQUEST authorizer per authorizer name (several routes may share one).
#include <set>

#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {

void compileAuthorizers(CompileContext& context) {
  JsonFactory& json = context.json();
  std::set<std::string> done;
  for (const auto& [fn, event] : events(context.service)) {
    if (!event.authorizer) continue;
    const Authorizer& authorizer = *event.authorizer;
    std::string id = naming::websocketsAuthorizer(authorizer.name);
    if (!done.insert(id).second) continue;
    Json properties =
        JsonObject(json)
            .set("ApiId", apiId(context))
            .set("Name", authorizer.name)
            .set("AuthorizerType", "REQUEST")
            .set("AuthorizerUri",
                 apigateway::invocationUri(json, authorizerTarget(context, authorizer)))
            .set("IdentitySource", json.strings(authorizer.identitySource))
            .take();
    std::vector<std::string> dependsOn;
    if (authorizer.function) {
      if (auto alias = context.aliasId(*context.function(*authorizer.function)))
        dependsOn.push_back(*alias);
    }
    context.out.addResource(id,
                            resource(json, "AWS::ApiGatewayV2::Authorizer",
                                                 std::move(properties), std::move(dependsOn)),
                            authorizer.at);
  }
}

}  // namespace slsc::websockets
