// httpApi: provider.httpApi.authorizers — JWT authorizers, and Lambda (request) authorizers
// with the permission that lets API Gateway invoke them (unless managedExternally).
#include "events/http_api/common.h"
#include "events/http_api/units.h"
#include "naming/http_api.h"

namespace slsc::httpapi {
namespace {

// The authorizer's Lambda: its ARN as given, or its function's target.
Json target(CompileContext& context, const Authorizer& a) {
  if (a.functionArn) return context.json().fromNode(*a.functionArn);
  return context.lambdaTarget(*context.function(*a.functionName));
}

std::vector<std::string> aliasOf(CompileContext& context, const Authorizer& a) {
  if (a.functionArn || !a.functionName) return {};
  const Function* fn = context.function(*a.functionName);
  if (!fn) return {};
  if (auto alias = context.aliasId(*fn)) return {*alias};
  return {};
}

void compilePermission(CompileContext& context, const Authorizer& a) {
  context.out.addResource(naming::httpApiAuthorizerPermission(a.name),
                          permission(context, target(context, a), aliasOf(context, a)), a.at);
}

Json authorizerResource(CompileContext& context, const Authorizer& a) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("ApiId", apiId(context)).set("Name", a.name).set("IdentitySource", json.strings(a.identitySource));
  if (a.type != "request") {
    std::vector<Json> audience;
    if (a.audience)
      for (const auto& client : *a.audience) audience.push_back(json.fromNode(client));
    properties.set("AuthorizerType", "JWT")
        .set("JwtConfiguration", JsonObject(json)
                                     .set("Audience", json.array(std::move(audience)))
                                     .set("Issuer", a.issuerUrl ? json.fromNode(*a.issuerUrl) : json.str(""))
                                     .take());
    return resource(json, "AWS::ApiGatewayV2::Authorizer", properties.take());
  }
  properties.set("AuthorizerType", "REQUEST");
  if (a.enableSimpleResponses) properties.set("EnableSimpleResponses", json.fromNode(*a.enableSimpleResponses));
  if (a.resultTtlInSeconds) properties.set("AuthorizerResultTtlInSeconds", json.fromNode(*a.resultTtlInSeconds));
  properties.set("AuthorizerPayloadFormatVersion", a.payloadVersion)
      .set("AuthorizerUri", apigateway::invocationUri(json, target(context, a)));
  return resource(json, "AWS::ApiGatewayV2::Authorizer", properties.take(), aliasOf(context, a));
}

}  // namespace

void compileAuthorizers(CompileContext& context) {
  for (const auto& a : model(context.service).settings.authorizers) {
    if (a.type == "request" && !a.managedExternally) compilePermission(context, a);
    context.out.addResource(naming::httpApiAuthorizer(a.name), authorizerResource(context, a), a.at);
  }
}

}  // namespace slsc::httpapi
