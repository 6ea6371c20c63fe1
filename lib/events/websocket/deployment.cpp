// websocket: the deployment, whose logical id hashes the API's routes, integrations,
// authorizers and route responses (generated and user-written alike, this API's only), so that
// CloudFormation deploys the API again exactly when one of them changes; and the endpoint
// output.
#include "compile/hash.h"
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

// The user's resources that are parts of this API: those that extend or replace one of the
// family's own (same id), and those on this API (ApiId). An HTTP API's routes are not.
void hashUserResources(const Node& resources, const Service& service,
                       const std::unordered_set<std::string>& ours, Sha256& digest,
                       JsonFactory& json) {
  if (resources.isSeq()) {
    for (const auto& fragment : resources.items())
      hashUserResources(fragment, service, ours, digest, json);
    return;
  }
  const Node* section = resources.isMap() ? resources.get("Resources") : nullptr;
  if (!section || !section->isMap()) return;
  for (const auto& e : section->entries()) {
    Json value = json.fromNode(e.value);
    if (!ours.count(e.key) && !refersToApi(service, value)) continue;
    digest.update(e.key).update("=").update(value).update("\n");
  }
}

}  // namespace

std::string deploymentId(CompileContext& context) {
  const Service& service = context.service;
  std::unordered_set<std::string> parts = apiPartIds(service);
  Sha256 digest;
  for (const auto& entry : context.out.resources().entries())
    if (parts.count(entry.id)) digest.update(entry.id).update("=").update(entry.value).update("\n");
  if (usesExistingApi(service)) digest.update("api=").update(apiId(context));
  if (service.resources)
    hashUserResources(*service.resources, service, familyIds(service), digest, context.json());
  return naming::websocketsDeployment(digest.base64());
}

void compileDeployment(CompileContext& context, const std::string& deploymentId) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  const Settings& s = model(context.service).settings;
  std::vector<std::string> dependsOn;
  for (const auto& [fn, event] : events(context.service)) {
    if (event.routeResponse) dependsOn.push_back(naming::websocketsRouteResponse(event.route.value));
    dependsOn.push_back(naming::websocketsRoute(event.route.value));
  }
  for (const auto& route : model(context.service).directRoutes) {
    if (route.response) dependsOn.push_back(naming::websocketsRouteResponse(route.route.value));
    if (route.response && route.service != "http")
      dependsOn.push_back(naming::websocketsIntegrationResponse(route.route.value));
    dependsOn.push_back(naming::websocketsRoute(route.route.value));
  }
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("Description", s.description.value_or("Serverless Websockets"));
  if (usesExistingApi(context.service)) properties.set("StageName", p.stage);
  context.out.addResource(deploymentId,
                          resource(json, "AWS::ApiGatewayV2::Deployment",
                                               properties.take(), std::move(dependsOn)),
                          context.serviceLocation());

  context.addGeneratedOutput(std::string(naming::kWebsocketEndpointOutput),
                             JsonObject(json)
                                 .set("Description", "URL of the service endpoint")
                                 .set("Value", apigateway::executeApiUrl(json, "wss", apiId(context), p.stage))
                                 .take(),
                             context.serviceLocation());
}

}  // namespace slsc::websockets
