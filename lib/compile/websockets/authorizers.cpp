// websockets: one REQUEST authorizer per authorizer name (several routes may share one).
#include <set>

#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {

void compileWebsocketsAuthorizers(CompileContext& context) {
  JsonFactory& json = context.json();
  std::set<std::string> done;
  for (const auto& [fn, event] : websockets::events(context.service)) {
    if (!event.authorizer) continue;
    const WebsocketAuthorizer& authorizer = *event.authorizer;
    std::string id = naming::websocketsAuthorizer(authorizer.name);
    if (!done.insert(id).second) continue;
    Json properties =
        JsonObject(json)
            .set("ApiId", context.websocketApiId())
            .set("Name", authorizer.name)
            .set("AuthorizerType", "REQUEST")
            .set("AuthorizerUri",
                 websockets::invocationUri(json, websockets::authorizerTarget(context, authorizer)))
            .set("IdentitySource", json.strings(authorizer.identitySource))
            .take();
    std::vector<std::string> dependsOn;
    if (authorizer.function) {
      if (auto alias = context.aliasId(*context.function(*authorizer.function)))
        dependsOn.push_back(*alias);
    }
    context.out.addResource(id,
                            websockets::resource(json, "AWS::ApiGatewayV2::Authorizer",
                                                 std::move(properties), std::move(dependsOn)),
                            authorizer.at);
  }
}

}  // namespace slsc
