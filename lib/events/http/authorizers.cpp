// http: the authorizers (Lambda TOKEN and REQUEST, Cognito user pools) the events name, and the
// Lambda permissions that let API Gateway invoke the handlers and the Lambda authorizers. Both
// the reference's and ours are limited to this API (SourceArn).
#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"
#include "source/ascii.h"

namespace slsc::http {
namespace {

// An authorizer the template creates: one with a Lambda function or a Cognito pool.
bool isCreated(const Authorizer& a) { return !a.isIam() && !a.authorizerId && (a.arn || a.function); }

Json authorizerResource(CompileContext& context, const Authorizer& a) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  if (a.resultTtlInSeconds)
    properties.set("AuthorizerResultTtlInSeconds", json.num(*a.resultTtlInSeconds));
  if (a.identitySource) properties.set("IdentitySource", *a.identitySource);
  properties.set("Name", a.name).set("RestApiId", restApiId(context));
  if (a.identityValidationExpression)
    properties.set("IdentityValidationExpression", *a.identityValidationExpression);
  if (a.isCognito()) {
    std::vector<Json> arns;
    arns.push_back(json.fromNode(*a.arn));
    properties.set("Type", "COGNITO_USER_POOLS").set("ProviderARNs", json.array(std::move(arns)));
  } else {
    properties.set("AuthorizerUri", apigateway::invocationUri(json, authorizerTarget(context, a)));
    properties.set("Type", a.type.empty() ? std::string("TOKEN") : asciiUpper(a.type));
  }
  std::vector<std::string> dependsOn;
  if (a.function)
    if (auto alias = context.aliasId(*context.function(*a.function))) dependsOn.push_back(*alias);
  return resource(json, "AWS::ApiGateway::Authorizer", properties.take(), std::move(dependsOn));
}

Json permission(CompileContext& context, Json functionName, std::vector<std::string> dependsOn) {
  JsonFactory& json = context.json();
  return apigateway::invokePermission(json, std::move(functionName),
                                      apigateway::joinedExecuteApiArn(json, restApiId(context), "/*/*"),
                                      std::move(dependsOn));
}

}  // namespace

void compileAuthorizers(CompileContext& context) {
  for (const auto& [fn, event] : events(context.service)) {
    if (!event.authorizer || !isCreated(*event.authorizer)) continue;
    std::string id = naming::restApiAuthorizer(event.authorizer->name);
    Json created = authorizerResource(context, *event.authorizer);
    TemplateEntry* existing = context.out.resources().find(id);
    if (!existing) {
      context.out.addResource(id, std::move(created), event.authorizer->at);
      continue;
    }
    // One resource per name: a later event's settings are merged over the earlier ones', as
    // the reference merges them.
    Json* properties = const_cast<Json*>(member(existing->value, "Properties"));
    const Json* more = member(created, "Properties");
    for (auto m = more->MemberBegin(); m != more->MemberEnd(); ++m)
      setMember(*properties, std::string_view(m->name.GetString(), m->name.GetStringLength()),
                Json(m->value, context.out.allocator()), context.out.allocator());
  }
}

void compilePermissions(CompileContext& context) {
  for (const auto& [fn, event] : events(context.service)) {
    std::string id = naming::restApiPermission(fn.key);
    std::vector<std::string> dependsOn;
    if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
    if (TemplateEntry* existing = context.out.resources().find(id)) {
      // Replaced in place (its position stays), copied into the template's own memory.
      existing->value = Json(permission(context, context.lambdaTarget(fn), dependsOn),
                             context.out.allocator());
    } else {
      context.out.addResource(id, permission(context, context.lambdaTarget(fn), dependsOn), event.at);
    }
    if (!event.authorizer || !isCreated(*event.authorizer)) continue;
    const Authorizer& a = *event.authorizer;
    if (a.isCognito() || a.managedExternally) continue;
    std::string authorizerId = naming::restApiPermission(a.name);
    if (context.out.resources().find(authorizerId)) continue;
    Json target = a.function ? authorizerTarget(context, a) : context.json().fromNode(*a.arn);
    context.out.addResource(authorizerId, permission(context, std::move(target), {}), a.at);
  }
}

}  // namespace slsc::http
