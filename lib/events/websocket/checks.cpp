// websocket, model: checks across the service that catch, at compile time, what the reference
// lets fail at deploy time: route keys, the ids they make, authorizers, log settings.
#include <fmt/format.h>

#include <map>

#include "events/websocket/common.h"
#include "events/websocket/family.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

bool isReservedRoute(const std::string& route) {
  return route == "$connect" || route == "$disconnect" || route == "$default";
}

void checkRouteKey(const Named& route, Diagnostics& diagnostics) {
  if (route.value.empty()) {
    diagnostics.error(route.at, "route-key-empty", "the route key is empty");
    return;
  }
  std::string id = naming::websocketsRoute(route.value);
  if (!naming::isValidLogicalId(id)) {
    diagnostics.error(route.at, "route-key-invalid",
                      fmt::format("route key '{}' makes an invalid logical id '{}' (only letters, "
                                  "digits and $ / - _ . are allowed, at most 255 in all)",
                                  route.value, id));
    return;
  }
  if (route.value[0] == '$' && !isReservedRoute(route.value)) {
    diagnostics.warning(route.at, "route-key-reserved",
                        fmt::format("route key '{}' starts with '$', which API Gateway keeps for "
                                    "$connect, $disconnect and $default; the deploy will fail",
                                    route.value));
  }
}

struct RouteSeen {
  const Function* function;
  const Event* event;
};

// provider.websocket.routes beside the functions' routes: one key, one route.
void checkDirectRoutes(const Service& service, const std::map<std::string, RouteSeen>& byKey,
                       const std::map<std::string, RouteSeen>& byId, Diagnostics& diagnostics) {
  std::map<std::string, const DirectRoute*> directIds;
  for (const auto& route : model(service).directRoutes) {
    checkRouteKey(route.route, diagnostics);
    const std::string& key = route.route.value;
    if (auto [other, fresh] = directIds.emplace(naming::websocketsRoute(key), &route); !fresh) {
      diagnostics.error(route.route.at, "route-id-collision",
                        fmt::format("route keys '{}' (line {}) and '{}' both make the logical "
                                    "id '{}'",
                                    other->second->route.value, other->second->route.at.line, key,
                                    other->first));
      continue;
    }
    if (auto it = byKey.find(key); it != byKey.end()) {
      diagnostics.error(route.route.at, "route-duplicate",
                        fmt::format("route key '{}' is declared twice: by function '{}' (line "
                                    "{}) and in provider.websocket.routes",
                                    key, it->second.function->key, it->second.event->route.at.line));
      continue;
    }
    std::string id = naming::websocketsRoute(key);
    if (auto it = byId.find(id); it != byId.end())
      diagnostics.error(route.route.at, "route-id-collision",
                        fmt::format("route keys '{}' (line {}) and '{}' both make the logical "
                                    "id '{}'",
                                    it->second.event->route.value,
                                    it->second.event->route.at.line, key, id));
  }
}

void checkRoutes(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, RouteSeen> byKey;
  std::map<std::string, RouteSeen> byId;
  for (const auto& [fn, event] : events(service)) {
    checkRouteKey(event.route, diagnostics);
    const std::string& key = event.route.value;
    if (auto [it, fresh] = byKey.emplace(key, RouteSeen{&fn, &event}); !fresh) {
      diagnostics.error(event.route.at, "route-duplicate",
                        fmt::format("route key '{}' is declared twice: by function '{}' (line "
                                    "{}) and by function '{}'",
                                    key, it->second.function->key,
                                    it->second.event->route.at.line, fn.key));
      continue;
    }
    std::string id = naming::websocketsRoute(key);
    if (auto [it, fresh] = byId.emplace(id, RouteSeen{&fn, &event}); !fresh) {
      diagnostics.error(event.route.at, "route-id-collision",
                        fmt::format("route keys '{}' (line {}) and '{}' both make the logical "
                                    "id '{}'",
                                    it->second.event->route.value,
                                    it->second.event->route.at.line, key, id));
    }
  }
  checkDirectRoutes(service, byKey, byId, diagnostics);
}

bool sameNode(const Node& a, const Node& b) {
  if (a.kind() != b.kind()) return false;
  if (a.isScalar()) return a.text() == b.text();
  if (a.isSeq()) {
    if (a.items().size() != b.items().size()) return false;
    for (std::size_t i = 0; i < a.items().size(); ++i)
      if (!sameNode(a.items()[i], b.items()[i])) return false;
    return true;
  }
  if (a.isMap()) {
    if (a.entries().size() != b.entries().size()) return false;
    for (std::size_t i = 0; i < a.entries().size(); ++i) {
      if (a.entries()[i].key != b.entries()[i].key) return false;
      if (!sameNode(a.entries()[i].value, b.entries()[i].value)) return false;
    }
  }
  return true;
}

bool sameAuthorizer(const Authorizer& a, const Authorizer& b) {
  if (a.function != b.function || a.identitySource != b.identitySource) return false;
  if (a.arn.has_value() != b.arn.has_value()) return false;
  return !a.arn || sameNode(*a.arn, *b.arn);
}

void checkAuthorizers(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Authorizer*> byId;
  for (const auto& [fn, event] : events(service)) {
    if (!event.authorizer) continue;
    const Authorizer& a = *event.authorizer;
    auto [it, fresh] = byId.emplace(naming::websocketsAuthorizer(a.name), &a);
    if (fresh || sameAuthorizer(*it->second, a)) continue;
    diagnostics.error(a.at, "authorizer-conflict",
                      fmt::format("authorizer '{}' is defined differently on line {}; one name "
                                  "makes one authorizer resource",
                                  a.name, it->second->at.line));
  }
}

// authorizer: aws_iam is sls-compile's: the reference reads it as a function named aws_iam and
// writes a reference to nothing, so compat mode, which writes what the reference writes,
// refuses it.
void checkIamAuthorization(const Service& service, Diagnostics& diagnostics) {
  if (service.compat == Compat::ServerlessV3)
    for (const Location& at : model(service).settings.ownSettingsAt)
      diagnostics.error(at, "websocket-setting-not-in-reference",
                        "this setting is sls-compile's: the Serverless Framework v3 ignores "
                        "it, so a compat template cannot have it; compile without --compat");
  for (const auto& [fn, event] : events(service)) {
    if (service.compat == Compat::ServerlessV3)
      for (const Location& at : event.ownSettingsAt)
        diagnostics.error(at, "websocket-setting-not-in-reference",
                          "this route setting is sls-compile's: the Serverless Framework v3 does "
                          "not write it; compile without --compat");
    if (event.apiKeyRequiredAt) {
      if (service.compat != Compat::ServerlessV3 && !model(service).settings.apiKeySelectionExpression)
        diagnostics.error(*event.apiKeyRequiredAt, "websocket-api-key-no-selection",
                          fmt::format("route '{}' requires an API key, but the API says nowhere "
                                      "where to read one: set "
                                      "provider.websocket.apiKeySelectionExpression "
                                      "($request.header.x-api-key)",
                                      event.route.value));
    }
    if (!event.iamAuthorization) continue;
    if (service.compat == Compat::ServerlessV3)
      diagnostics.error(event.at, "websocket-setting-not-in-reference",
                        "authorizer: aws_iam (IAM authorization of $connect) is a setting of "
                        "sls-compile: the Serverless Framework v3 reads it as a function named "
                        "'aws_iam' and writes a reference to nothing; compile without --compat");
  }
}

// An existing API (websocketApiId) brings its own stage, which the template does not write:
// settings of the stage would be dropped.
void checkExistingApiStage(const Service& service, Diagnostics& diagnostics) {
  if (!usesExistingApi(service) || service.compat == Compat::ServerlessV3) return;
  const Settings& s = model(service).settings;
  auto refuse = [&](const Location& at, std::string_view what) {
    diagnostics.error(at, "websocket-existing-api-stage",
                      fmt::format("{} is a setting of the stage, and with "
                                  "provider.apiGateway.websocketApiId the stage is the existing "
                                  "API's, not the template's: it would be dropped",
                                  what));
  };
  for (const auto& [fn, event] : events(service))
    if (event.settings) refuse(event.route.at, "a route's throttle or detailedMetrics");
  if (s.throttleBurstLimit || s.detailedMetrics || !s.stageVariables.empty())
    refuse(service.provider.at, "provider.websocket's throttle, detailedMetrics or stageVariables");
}

// request: parameters only $connect has, and models the route can select.
void checkRequests(const Service& service, Diagnostics& diagnostics) {
  for (const auto& [fn, event] : events(service)) {
    const Request& r = event.request;
    if (!r.parameters.empty() && event.route.value != "$connect")
      diagnostics.error(event.route.at, "websocket-request-parameters-not-on-connect",
                        fmt::format("route '{}' requires request parameters; API Gateway checks "
                                    "headers and query strings on '$connect' only",
                                    event.route.value));
    if (r.models.empty()) {
      if (r.modelSelectionExpression)
        diagnostics.error(event.route.at, "websocket-model-selection-no-models",
                          fmt::format("route '{}' has a modelSelectionExpression but no "
                                      "request.schemas for it to select",
                                      event.route.value));
      continue;
    }
    bool onlyDefault = r.models.size() == 1 && r.models[0].key == "$default";
    if (!onlyDefault && !r.modelSelectionExpression)
      diagnostics.error(r.models[0].at, "websocket-model-selection-missing",
                        fmt::format("route '{}' has request models by key, but no "
                                    "request.modelSelectionExpression that picks one "
                                    "($request.body.type, say)",
                                    event.route.value));
  }
}

void checkLogs(const Service& service, Diagnostics& diagnostics) {
  const Logs& logs = model(service).settings.logs;
  if (!logs.enabled || !logs.level || !logs.executionLogging) return;
  if (*logs.level == "INFO" || *logs.level == "ERROR") return;
  diagnostics.error(logs.levelAt, "logs-level-invalid",
                    fmt::format("websocket log level '{}' is not one of INFO, ERROR", *logs.level));
}

// The names the API's resources get, against AWS's limits: the API's name and the stage's
// (AWS::ApiGatewayV2::Api Name and Stage StageName, 128 each) and the access log group's (512).
void checkNameLengths(const Service& service, Diagnostics& diagnostics) {
  if (!hasApi(service) || usesExistingApi(service)) return;
  const Settings& s = model(service).settings;
  const Provider& p = service.provider;
  auto over = [&](const std::string& what, const std::string& name, std::size_t limit,
                  const Location& at, const std::string& how) {
    if (name.size() <= limit) return;
    diagnostics.error(at, "name-too-long",
                      fmt::format("the websocket {} is '{}' ({} characters), more than the {} API "
                                  "Gateway accepts; {}",
                                  what, name, name.size(), limit, how));
  };
  over("API's name", s.apiName.value_or(p.stage + "-" + service.name + "-websockets"), 128,
       s.apiName ? s.apiNameAt : service.nameAt,
       s.apiName ? "shorten provider.websocketsApiName"
                 : "set provider.websocketsApiName, or shorten the service name");
  over("stage's name", p.stage, 128, service.nameAt, "shorten the stage");
  if (s.logs.enabled) {
    std::string group = "/aws/websocket/" + service.name + "-" + p.stage;
    if (group.size() > 512)
      diagnostics.error(service.nameAt, "name-too-long",
                        fmt::format("the websocket log group's name has {} characters, more than "
                                    "the 512 CloudWatch Logs accepts; shorten the service name",
                                    group.size()));
  }
}

}  // namespace

// sls-compile's websocket settings in a service with no websocket API: nothing to apply them to.
void checkUnused(const Service& service, Diagnostics& diagnostics) {
  if (hasApi(service) || service.compat == Compat::ServerlessV3) return;
  for (const Location& at : model(service).settings.ownSettingsAt)
    diagnostics.warning(at, "websocket-setting-unused",
                        "this websocket setting has no websocket API to apply to: no function "
                        "has a websocket event and provider.websocket.routes is empty; it is "
                        "ignored");
}

void checkModel(const Service& service, Diagnostics& diagnostics) {
  checkUnused(service, diagnostics);
  checkRoutes(service, diagnostics);
  checkAuthorizers(service, diagnostics);
  checkIamAuthorization(service, diagnostics);
  checkLogs(service, diagnostics);
  checkRequests(service, diagnostics);
  checkExistingApiStage(service, diagnostics);
  checkNameLengths(service, diagnostics);
}

}  // namespace slsc::websockets
