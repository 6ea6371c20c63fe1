// model: checks across the whole service that catch, at compile time, what the reference lets
// fail at deploy time or drops without a word.
#include <fmt/format.h>

#include <map>

#include "model/builders.h"
#include "naming/naming.h"

namespace slsc {
namespace {

bool isReservedRoute(const std::string& route) {
  return route == "$connect" || route == "$disconnect" || route == "$default";
}

void checkRouteKey(const WebsocketEvent& event, Diagnostics& diagnostics) {
  const Named& route = event.route;
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
  const WebsocketEvent* event;
};

void checkRoutes(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, RouteSeen> byKey;
  std::map<std::string, RouteSeen> byId;
  for (const auto& fn : service.functions) {
    for (const auto& event : fn.websockets) {
      checkRouteKey(event, diagnostics);
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
  }
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

bool sameAuthorizer(const WebsocketAuthorizer& a, const WebsocketAuthorizer& b) {
  if (a.function != b.function || a.identitySource != b.identitySource) return false;
  if (a.arn.has_value() != b.arn.has_value()) return false;
  return !a.arn || sameNode(*a.arn, *b.arn);
}

void checkAuthorizers(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const WebsocketAuthorizer*> byId;
  for (const auto& fn : service.functions) {
    for (const auto& event : fn.websockets) {
      if (!event.authorizer) continue;
      const WebsocketAuthorizer& a = *event.authorizer;
      auto [it, fresh] = byId.emplace(naming::websocketsAuthorizer(a.name), &a);
      if (fresh || sameAuthorizer(*it->second, a)) continue;
      diagnostics.error(a.at, "authorizer-conflict",
                        fmt::format("authorizer '{}' is defined differently on line {}; one name "
                                    "makes one authorizer resource",
                                    a.name, it->second->at.line));
    }
  }
}

void checkFunctionIds(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Function*> byId;
  for (const auto& fn : service.functions) {
    std::string id = naming::lambdaFunction(fn.key);
    if (!naming::isValidLogicalId(id)) {
      diagnostics.error(fn.at, "function-name-invalid",
                        fmt::format("function name '{}' makes an invalid logical id '{}' (only "
                                    "letters, digits, - and _ are allowed)",
                                    fn.key, id));
      continue;
    }
    if (auto [it, fresh] = byId.emplace(id, &fn); !fresh) {
      diagnostics.error(fn.at, "function-id-collision",
                        fmt::format("functions '{}' (line {}) and '{}' both make the logical id "
                                    "'{}'",
                                    it->second->key, it->second->at.line, fn.key, id));
    }
  }
}

void checkFunctionSettings(const Service& service, Diagnostics& diagnostics) {
  for (const auto& fn : service.functions) {
    if (fn.provisionedConcurrency && fn.snapStart) {
      diagnostics.error(fn.at, "function-snapstart-concurrency",
                        fmt::format("function '{}' sets both snapStart and provisionedConcurrency; "
                                    "Lambda allows one of them",
                                    fn.key));
    }
  }
}

void checkLogs(const Service& service, Diagnostics& diagnostics) {
  const WebsocketLogs& logs = service.provider.websocketLogs;
  if (!logs.enabled || !logs.level || !logs.executionLogging) return;
  if (*logs.level == "INFO" || *logs.level == "ERROR") return;
  diagnostics.error(logs.levelAt, "logs-level-invalid",
                    fmt::format("websocket log level '{}' is not one of INFO, ERROR", *logs.level));
}

}  // namespace

void checkService(const Service& service, Diagnostics& diagnostics) {
  checkFunctionIds(service, diagnostics);
  checkFunctionSettings(service, diagnostics);
  checkRoutes(service, diagnostics);
  checkAuthorizers(service, diagnostics);
  checkLogs(service, diagnostics);
}

}  // namespace slsc
