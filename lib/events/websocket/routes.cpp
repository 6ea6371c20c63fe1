// websocket: one route per route key, targeting its function's integration.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

// Request validation: the models the route selects by name (so it waits for them), and the
// parameters $connect requires. Returns what the route must wait for.
std::vector<std::string> addRequest(JsonFactory& json, const Event& event, JsonObject& properties) {
  const Request& r = event.request;
  std::vector<std::string> models;
  if (!r.models.empty()) {
    JsonObject byKey(json);
    for (const auto& m : r.models) {
      models.push_back(naming::websocketsModel(event.route.value, m.key));
      byKey.set(m.key, models.back());
    }
    // A constant selection expression escapes its '$' (\$default), as a template's does.
    properties.set("ModelSelectionExpression", r.modelSelectionExpression.value_or("\\$default"))
        .set("RequestModels", byKey.take());
  }
  if (!r.parameters.empty()) {
    JsonObject parameters(json);
    for (const auto& [name, required] : r.parameters)
      parameters.set(name, JsonObject(json).set("Required", json.boolean(required)).take());
    properties.set("RequestParameters", parameters.take());
  }
  return models;
}

}  // namespace

void compileModels(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& [fn, event] : events(context.service)) {
    for (const auto& m : event.request.models) {
      std::string id = naming::websocketsModel(event.route.value, m.key);
      Json properties = JsonObject(json)
                            .set("ApiId", apiId(context))
                            .set("ContentType", "application/json")
                            .set("Name", id)
                            .set("Schema", json.fromNode(m.schema))
                            .take();
      context.out.addResource(id, resource(json, "AWS::ApiGatewayV2::Model", std::move(properties)),
                              m.at);
    }
  }
}

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
    std::vector<std::string> dependsOn = addRequest(json, event, properties);
    context.out.addResource(naming::websocketsRoute(event.route.value),
                            resource(json, "AWS::ApiGatewayV2::Route", properties.take(),
                                     std::move(dependsOn)),
                            event.route.at);
  }
}

}  // namespace slsc::websockets
