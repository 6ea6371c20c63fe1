// httpApi, model: checks across the service. The reference's own refusals (route keys twice,
// authorizers it cannot find or build, settings an existing API cannot take), and what it lets
// fail at deploy time: two route keys that make one logical id, a JWT authorizer without its
// issuer or audience, credentials allowed to every origin.
#include <fmt/format.h>

#include <map>

#include "events/http_api/common.h"
#include "events/http_api/family.h"
#include "naming/http_api.h"

namespace slsc::httpapi {
namespace {

void checkRoutes(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> byKey;
  std::map<std::string, const Event*> byId;
  for (const auto& [fn, event] : events(service)) {
    auto [it, fresh] = byKey.emplace(event.routeKey, &event);
    if (!fresh) {
      // The reference refuses a repeated 'METHOD /path'; a second '*' it keeps silently,
      // dropping the first: an error here in every mode but compat.
      if (event.routeKey != "*" || service.compat != Compat::ServerlessV3)
        diagnostics.error(event.at, "http-api-route-duplicate",
                          fmt::format("route '{}' is declared twice (line {} and here, in "
                                      "function '{}')",
                                      event.routeKey, it->second->at.line, fn.key));
      continue;
    }
    std::string id = naming::httpApiRoute(event.routeKey);
    if (auto [other, unique] = byId.emplace(id, &event); !unique)
      diagnostics.error(event.at, "http-api-route-id-collision",
                        fmt::format("routes '{}' (line {}) and '{}' both make the logical id "
                                    "'{}': one would replace the other",
                                    other->second->routeKey, other->second->at.line,
                                    event.routeKey, id));
  }
}

void checkRouteAuthorizer(const Service& service, const Event& event, Diagnostics& diagnostics) {
  const RouteAuthorizer& a = *event.authorizer;
  bool iam = a.type == std::optional<std::string>("aws_iam");
  if (!iam && !a.id && !a.name) {
    diagnostics.error(a.at, "http-api-authorizer-incomplete",
                      fmt::format("an authorizer with type '{}' needs 'id' or 'name'",
                                  a.type.value_or("jwt")));
    return;
  }
  if (iam && (a.name || a.id || a.scopes)) {
    diagnostics.error(a.at, "http-api-authorizer-iam-conflict",
                      "an authorizer with type aws_iam takes no other property");
    return;
  }
  if (a.id) {
    if (!usesExistingApi(service))
      diagnostics.error(a.at, "http-api-authorizer-external",
                        "this event names an external authorizer by 'id', but the HTTP API is "
                        "this stack's own (provider.httpApi.id is not set); name one of "
                        "provider.httpApi.authorizers");
    return;
  }
  if (a.name && !authorizer(service, *a.name))
    diagnostics.error(a.at, "http-api-authorizer-unknown",
                      fmt::format("this event names authorizer '{}', which "
                                  "provider.httpApi.authorizers does not configure",
                                  *a.name));
}

void checkAuthorizer(const Service& service, const Authorizer& a, Diagnostics& diagnostics) {
  if (a.type == "request") {
    if (!a.functionArn && !a.functionName)
      diagnostics.error(a.at, "http-api-authorizer-function",
                        fmt::format("authorizer '{}' is of type request and needs 'functionArn' "
                                    "or 'functionName'",
                                    a.key));
    else if (a.functionArn && a.functionName)
      diagnostics.error(a.at, "http-api-authorizer-function",
                        fmt::format("authorizer '{}' gives both 'functionArn' and "
                                    "'functionName'; give one",
                                    a.key));
    else if (a.functionName && !service.functions.empty()) {
      bool found = false;
      for (const auto& fn : service.functions) found = found || fn.key == *a.functionName;
      if (!found)
        diagnostics.error(a.at, "http-api-authorizer-function",
                          fmt::format("authorizer '{}' names function '{}', which this service "
                                      "does not have",
                                      a.key, *a.functionName));
    }
    bool caching = a.resultTtlInSeconds && a.resultTtlInSeconds->isScalar() &&
                   a.resultTtlInSeconds->text() != "0";
    if (caching && a.identitySource.empty())
      diagnostics.error(a.at, "http-api-authorizer-identity-source",
                        fmt::format("authorizer '{}' caches results (resultTtlInSeconds) but has "
                                    "no identitySource to cache them by",
                                    a.key));
    return;
  }
  // JWT: the reference writes an Issuer or Audience of nothing, which the deploy refuses.
  if (!a.issuerUrl || !a.audience || a.audience->empty())
    diagnostics.error(a.at, "http-api-jwt-incomplete",
                      fmt::format("JWT authorizer '{}' needs 'issuerUrl' and 'audience'; "
                                  "CloudFormation refuses it without them",
                                  a.key));
}

// What an existing API (provider.httpApi.id) cannot take: the reference refuses them too.
void checkExistingApi(const Service& service, Diagnostics& diagnostics) {
  const Settings& s = model(service).settings;
  if (!s.id) return;
  auto refuse = [&](const Location& at, const char* what) {
    diagnostics.error(at, "http-api-external-setting",
                      fmt::format("{} cannot be set up for an existing HTTP API "
                                  "(provider.httpApi.id)",
                                  what));
  };
  if (s.cors.enabled) refuse(s.cors.at, "CORS");
  if (!s.authorizers.empty()) refuse(s.authorizersAt, "authorizers");
  if (s.logFormat) refuse(s.logsAt, "access logs");
}

// API Gateway refuses a CORS configuration that allows credentials from every origin.
void checkCors(const Service& service, Diagnostics& diagnostics) {
  const Cors& cors = model(service).settings.cors;
  if (!cors.enabled || !cors.allowCredentials) return;
  for (const auto& origin : cors.allowedOrigins)
    if (origin == "*")
      diagnostics.error(cors.credentialsAt, "http-api-cors-credentials-wildcard",
                        "allowCredentials with allowedOrigins '*': API Gateway refuses "
                        "credentials from every origin; list the origins");
}

// The reference warns when a function may outlast the HTTP API's 30 seconds.
void checkTimeouts(const Service& service, Diagnostics& diagnostics) {
  std::vector<bool> warned(service.functions.size(), false);
  for (const auto& event : model(service).events) {
    if (warned[event.function]) continue;
    warned[event.function] = true;
    const Function& fn = service.functions[event.function];
    if (fn.timeout.function || fn.timeout.value < 30) continue;
    diagnostics.warning(fn.at, "http-api-timeout",
                        fmt::format("function '{}' has a timeout of {} s; an HTTP API request "
                                    "ends after 30 s, so the endpoint may time out on a "
                                    "successful invocation",
                                    fn.key, fn.timeout.value));
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  if (model(service).events.empty()) return;
  checkRoutes(service, diagnostics);
  for (const auto& a : model(service).settings.authorizers) checkAuthorizer(service, a, diagnostics);
  for (const auto& [fn, event] : events(service))
    if (event.authorizer) checkRouteAuthorizer(service, event, diagnostics);
  checkExistingApi(service, diagnostics);
  checkCors(service, diagnostics);
  checkTimeouts(service, diagnostics);
}

}  // namespace slsc::httpapi
