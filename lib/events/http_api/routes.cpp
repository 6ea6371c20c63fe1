// httpApi: route by route, the Lambda permission and the AWS_PROXY integration of its function
// (each once per function), then the route with its authorization.
#include <set>

#include "events/http_api/common.h"
#include "events/http_api/units.h"
#include "naming/http_api.h"

namespace slsc::httpapi {
namespace {

std::vector<std::string> aliasOf(CompileContext& context, const Function& fn) {
  if (auto alias = context.aliasId(fn)) return {*alias};
  return {};
}

void compilePermission(CompileContext& context, const Function& fn, const Location& at) {
  context.out.addResource(naming::httpApiPermission(fn.key),
                          permission(context, context.lambdaTarget(fn), aliasOf(context, fn)), at);
}

void compileIntegration(CompileContext& context, const Function& fn, const Event& event) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  Json properties = JsonObject(json)
                        .set("ApiId", apiId(context))
                        .set("IntegrationType", "AWS_PROXY")
                        .set("IntegrationUri", context.lambdaTarget(fn))
                        .set("PayloadFormatVersion", event.payload.value_or(s.payload.value_or("2.0")))
                        .set("TimeoutInMillis", json.num(30000))
                        .take();
  context.out.addResource(naming::httpApiIntegration(fn.key),
                          resource(json, "AWS::ApiGatewayV2::Integration", std::move(properties), aliasOf(context, fn)),
                          event.at);
}

void addAuthorization(CompileContext& context, const Event& event, JsonObject& properties) {
  if (!event.authorizer) return;
  JsonFactory& json = context.json();
  const RouteAuthorizer& a = *event.authorizer;
  std::string type = a.type.value_or("");
  const Authorizer* configured = a.name && !a.id ? authorizer(context.service, *a.name) : nullptr;
  if (configured && !a.type) type = configured->type;
  properties.set("AuthorizationType", type == "request" ? "CUSTOM" : type == "aws_iam" ? "AWS_IAM" : "JWT");
  if (type == "aws_iam") return;
  if (a.id) properties.set("AuthorizerId", json.fromNode(*a.id));
  else if (configured) properties.set("AuthorizerId", json.ref(naming::httpApiAuthorizer(configured->name)));
  if (a.scopes) properties.set("AuthorizationScopes", json.strings(*a.scopes));
}

}  // namespace

void compileEndpoints(CompileContext& context) {
  JsonFactory& json = context.json();
  std::set<std::string> done;
  for (const auto& [fn, event] : routes(context.service)) {
    std::string integration = naming::httpApiIntegration(fn.key);
    if (done.insert(fn.key).second) {
      compilePermission(context, fn, event.at);
      compileIntegration(context, fn, event);
    }
    std::vector<Json> target;
    target.push_back(json.str("integrations"));
    target.push_back(json.ref(integration));
    JsonObject properties(json);
    properties.set("ApiId", apiId(context))
        .set("RouteKey", event.routeKey == "*" ? "$default" : event.routeKey)
        .set("Target", json.join("/", std::move(target)));
    addAuthorization(context, event, properties);
    // The Target's Ref orders the deploy already; the reference lists the integration as well.
    std::vector<std::string> dependsOn;
    if (context.compat()) dependsOn.push_back(integration);
    context.out.addResource(naming::httpApiRoute(event.routeKey),
                            resource(json, "AWS::ApiGatewayV2::Route", properties.take(), std::move(dependsOn)),
                            event.at);
  }
}

}  // namespace slsc::httpapi
