// websockets: the deployment, whose logical id hashes the API's routes, integrations,
// authorizers and route responses (generated and user-written alike), so that CloudFormation
// deploys the API again exactly when one of them changes; and the endpoint output.
#include "compile/hash.h"
#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {
namespace {

void hashUserResources(const Node& resources, Sha256& digest, JsonFactory& json) {
  if (resources.isSeq()) {
    for (const auto& fragment : resources.items()) hashUserResources(fragment, digest, json);
    return;
  }
  const Node* section = resources.isMap() ? resources.get("Resources") : nullptr;
  if (!section || !section->isMap()) return;
  for (const auto& e : section->entries()) {
    const Node* type = e.value.isMap() ? e.value.get("Type") : nullptr;
    bool websocketPart = (type && type->isScalar() &&
                          type->text().rfind("AWS::ApiGatewayV2::", 0) == 0) ||
                         e.key.find("Websockets") != std::string::npos;
    if (!websocketPart) continue;
    digest.update(e.key).update("=").update(json.fromNode(e.value)).update("\n");
  }
}

}  // namespace

std::string websocketsDeploymentId(CompileContext& context) {
  Sha256 digest;
  for (const auto& entry : context.out.resources().entries()) {
    const Json* type = member(entry.value, "Type");
    if (!type || !type->IsString()) continue;
    std::string_view typeName(type->GetString(), type->GetStringLength());
    if (typeName.rfind("AWS::ApiGatewayV2::", 0) != 0) continue;
    digest.update(entry.id).update("=").update(entry.value).update("\n");
  }
  if (context.usesExistingWebsocketApi())
    digest.update("api=").update(context.websocketApiId());
  if (context.service.resources)
    hashUserResources(*context.service.resources, digest, context.json());
  return naming::websocketsDeployment(digest.base64());
}

void compileWebsocketsDeployment(CompileContext& context, const std::string& deploymentId) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  std::vector<std::string> dependsOn;
  for (const auto& [fn, event] : websockets::events(context.service)) {
    if (event.routeResponse) dependsOn.push_back(naming::websocketsRouteResponse(event.route.value));
    dependsOn.push_back(naming::websocketsRoute(event.route.value));
  }
  JsonObject properties(json);
  properties.set("ApiId", context.websocketApiId())
      .set("Description", p.websocketsDescription.value_or("Serverless Websockets"));
  if (context.usesExistingWebsocketApi()) properties.set("StageName", p.stage);
  context.out.addResource(deploymentId,
                          websockets::resource(json, "AWS::ApiGatewayV2::Deployment",
                                               properties.take(), std::move(dependsOn)),
                          context.serviceLocation());

  std::vector<Json> url;
  url.push_back(json.str("wss://"));
  url.push_back(context.websocketApiId());
  url.push_back(json.str(".execute-api."));
  url.push_back(json.ref("AWS::Region"));
  url.push_back(json.str("."));
  url.push_back(json.ref("AWS::URLSuffix"));
  url.push_back(json.str("/" + p.stage));
  context.addGeneratedOutput(std::string(naming::kWebsocketEndpointOutput),
                             JsonObject(json)
                                 .set("Description", "URL of the service endpoint")
                                 .set("Value", json.join("", std::move(url)))
                                 .take(),
                             context.serviceLocation());
}

}  // namespace slsc
