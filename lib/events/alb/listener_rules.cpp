// alb: one listener rule per event: its authentication actions (Cognito, OIDC) in the order
// the event names them, the forward to its target group, and its conditions.
#include "events/alb/common.h"
#include "events/alb/units.h"
#include "events/apigateway/arns.h"
#include "naming/alb.h"

namespace slsc::alb {
namespace {

// Copies the written fields that are set, under their CloudFormation names, in this order.
void copyFields(CompileContext& context, const Node& settings,
                std::initializer_list<std::pair<const char*, const char*>> fields,
                JsonObject& out) {
  for (const auto& [from, to] : fields)
    if (const Node* value = settings.get(from); value && !value->isNull())
      out.set(to, context.json().fromNode(*value));
}

void addCommonFields(CompileContext& context, const Node& settings, JsonObject& config) {
  const Node* unauthenticated = settings.get("onUnauthenticatedRequest");
  config.set("OnUnauthenticatedRequest", unauthenticated && unauthenticated->isScalar()
                                             ? context.json().str(unauthenticated->text())
                                             : context.json().str("deny"));
  copyFields(context, settings,
             {{"requestExtraParams", "AuthenticationRequestExtraParams"},
              {"scope", "Scope"},
              {"sessionCookieName", "SessionCookieName"},
              {"sessionTimeout", "SessionTimeout"}},
             config);
}

Json authenticateAction(CompileContext& context, const Authorizer& a, std::int64_t order) {
  JsonFactory& json = context.json();
  JsonObject config(json);
  const Node& settings = a.settings;
  if (a.type == "cognito") {
    copyFields(context, settings,
               {{"userPoolArn", "UserPoolArn"},
                {"userPoolClientId", "UserPoolClientId"},
                {"userPoolDomain", "UserPoolDomain"}},
               config);
    addCommonFields(context, settings, config);
    return JsonObject(json)
        .set("Type", "authenticate-cognito")
        .set("Order", json.num(order))
        .set("AuthenticateCognitoConfig", config.take())
        .take();
  }
  copyFields(context, settings,
             {{"authorizationEndpoint", "AuthorizationEndpoint"},
              {"clientId", "ClientId"},
              {"issuer", "Issuer"},
              {"tokenEndpoint", "TokenEndpoint"},
              {"userInfoEndpoint", "UserInfoEndpoint"}},
             config);
  addCommonFields(context, settings, config);
  if (const Node* secret = settings.get("clientSecret"); secret && !secret->isNull())
    config.set("ClientSecret", json.fromNode(*secret));
  else
    config.set("UseExistingClientSecret", json.boolean(true));
  return JsonObject(json)
      .set("Type", "authenticate-oidc")
      .set("Order", json.num(order))
      .set("AuthenticateOidcConfig", config.take())
      .take();
}

Json actions(CompileContext& context, const Event& event) {
  JsonFactory& json = context.json();
  std::vector<Json> out;
  std::int64_t order = 0;
  for (const auto& name : event.authorizers)
    if (const Authorizer* a = authorizer(context.service, name))
      out.push_back(authenticateAction(context, *a, ++order));
  JsonObject forward(json);
  forward.set("Type", "forward")
      .set("TargetGroupArn", json.ref(targetGroupId(context.service, event)));
  if (order) forward.set("Order", json.num(order + 1));
  out.push_back(forward.take());
  return json.array(std::move(out));
}

Json condition(JsonFactory& json, const char* field, const char* config,
               const std::vector<std::string>& values) {
  return JsonObject(json)
      .set("Field", field)
      .set(config, JsonObject(json).set("Values", json.strings(values)).take())
      .take();
}

Json conditions(JsonFactory& json, const Conditions& c) {
  std::vector<Json> out;
  if (c.path)
    out.push_back(
        JsonObject(json).set("Field", "path-pattern").set("Values", json.strings(*c.path)).take());
  if (c.host) out.push_back(condition(json, "host-header", "HostHeaderConfig", *c.host));
  if (c.method)
    out.push_back(condition(json, "http-request-method", "HttpRequestMethodConfig", *c.method));
  for (const auto& h : c.headers)
    out.push_back(JsonObject(json)
                      .set("Field", "http-header")
                      .set("HttpHeaderConfig", JsonObject(json)
                                                   .set("HttpHeaderName", h.name)
                                                   .set("Values", json.strings(h.values))
                                                   .take())
                      .take());
  if (c.query) {
    std::vector<Json> pairs;
    for (const auto& [key, value] : *c.query)
      pairs.push_back(JsonObject(json).set("Key", key).set("Value", value).take());
    out.push_back(JsonObject(json)
                      .set("Field", "query-string")
                      .set("QueryStringConfig",
                           JsonObject(json).set("Values", json.array(std::move(pairs))).take())
                      .take());
  }
  if (c.ip) out.push_back(condition(json, "source-ip", "SourceIpConfig", *c.ip));
  return json.array(std::move(out));
}

}  // namespace

void compileListenerRules(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& event : model(context.service).events) {
    const Function& fn = context.service.functions[event.function];
    Json properties = JsonObject(json)
                          .set("Actions", actions(context, event))
                          .set("Conditions", conditions(json, event.conditions))
                          .set("ListenerArn", json.fromNode(event.listenerArn))
                          .set("Priority", json.num(event.priority))
                          .take();
    context.out.addResource(naming::albListenerRule(fn.key, event.priority),
                            apigateway::resource(json, "AWS::ElasticLoadBalancingV2::ListenerRule",
                                                 std::move(properties), {}),
                            event.at);
  }
}

}  // namespace slsc::alb
