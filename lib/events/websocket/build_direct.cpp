// websocket, model: provider.websocket.routes — routes that send to SQS, DynamoDB, Step
// Functions, Kinesis or an HTTP endpoint, with no Lambda (sls-compile's).
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "events/websocket/family.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::websockets {
namespace {

struct Service {
  const char* key;
  const char* defaultAction;
};

constexpr Service kServices[] = {
    {"sqs", "SendMessage"},       {"dynamodb", "PutItem"}, {"stepFunctions", "StartExecution"},
    {"kinesis", "PutRecord"},     {"http", "POST"},
};

const std::set<std::string> kDynamoDbActions = {"PutItem", "UpdateItem", "DeleteItem", "GetItem",
                                                "Query"};
const std::set<std::string> kHttpMethods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD",
                                            "OPTIONS", "ANY"};
const std::set<std::string> kSettings = {"action", "method", "requestTemplate", "response"};

std::string known() { return "sqs, dynamodb, stepFunctions, kinesis, http"; }

// The one service key of a route's map, or nothing (reported).
const MapEntry* serviceEntry(const MapEntry& route, Diagnostics& diagnostics) {
  const MapEntry* found = nullptr;
  for (const auto& e : route.value.entries()) {
    if (kSettings.count(e.key)) continue;
    bool isKnown = false;
    for (const auto& s : kServices) isKnown = isKnown || e.key == s.key;
    if (!isKnown) {
      diagnostics.error(keyLocation(e), "websocket-integration-unknown",
                        fmt::format("route '{}' sends to '{}', which is no integration "
                                    "sls-compile knows: give one of {} (a Lambda handler is a "
                                    "function's websocket event)",
                                    route.key, e.key, known()));
      return nullptr;
    }
    if (found) {
      diagnostics.error(keyLocation(e), "websocket-integration-conflict",
                        fmt::format("route '{}' sends to both '{}' and '{}'; a route has one "
                                    "integration",
                                    route.key, found->key, e.key));
      return nullptr;
    }
    found = &e;
  }
  if (!found)
    diagnostics.error(keyLocation(route), "websocket-integration-unknown",
                      fmt::format("route '{}' names no integration: give one of {}", route.key,
                                  known()));
  return found;
}

// action (dynamodb's) or method (http's), each only where it means something.
void readAction(const Fields& fields, DirectRoute& out, Diagnostics& diagnostics) {
  for (const char* key : {"action", "method"}) {
    const Node* value = fields.node(key);
    if (!value || !value->isScalar()) continue;
    bool applies = std::string_view(key) == "method" ? out.service == "http" : out.service == "dynamodb";
    if (!applies) {
      diagnostics.error(value->location(), "websocket-integration-action",
                        fmt::format("'{}' is for {} routes, not {} ones", key,
                                    std::string_view(key) == "method" ? "http" : "dynamodb",
                                    out.service));
      continue;
    }
    out.action = value->text();
    const auto& allowed = out.service == "http" ? kHttpMethods : kDynamoDbActions;
    if (!allowed.count(out.action))
      diagnostics.error(value->location(), "websocket-integration-action",
                        fmt::format("{} '{}' is not one of {}", key, out.action,
                                    out.service == "http"
                                        ? "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY"
                                        : "PutItem, UpdateItem, DeleteItem, GetItem, Query"));
  }
}

bool isFunction(const Node& value, std::string_view only = {}) {
  if (!value.isMap() || value.entries().size() != 1) return false;
  const std::string& key = value.entries()[0].key;
  if (!only.empty()) return key == only;
  return key == "Ref" || key.rfind("Fn::", 0) == 0;
}

// Fn::GetAtt [Resource, Arn], the list form: what the integration builds a target from.
bool isArnGetAtt(const Node& value) {
  if (!isFunction(value, "Fn::GetAtt")) return false;
  const Node& list = value.entries()[0].value;
  return list.isSeq() && list.items().size() == 2 && list.items()[0].isScalar() &&
         list.items()[1].isScalar() && list.items()[1].text() == "Arn";
}

std::size_t colons(const std::string& text) { return std::count(text.begin(), text.end(), ':'); }

// Whether the target is one the integration can be built from; what each service takes.
const char* targetProblem(const DirectRoute& route) {
  const Node& v = route.target;
  bool arn = v.isScalar() && v.text().rfind("arn:", 0) == 0;
  if (route.service == "sqs")
    return (arn && colons(v.text()) == 5) || isArnGetAtt(v)
               ? nullptr
               : "a queue's ARN (arn:aws:sqs:REGION:ACCOUNT:NAME) or Fn::GetAtt [Queue, Arn] (the "
                 "list form)";
  if (route.service == "dynamodb" || route.service == "kinesis")
    return v.isScalar() || isFunction(v, "Ref") || isArnGetAtt(v)
               ? nullptr
               : "a name, an ARN, a Ref or Fn::GetAtt [Resource, Arn] (the list form)";
  if (route.service == "stepFunctions")
    return (arn && v.text().find(":states:") != std::string::npos) || isFunction(v, "Ref") ||
                   isArnGetAtt(v) || (isFunction(v) && !isFunction(v, "Fn::GetAtt"))
               ? nullptr
               : "a state machine's ARN, or a Ref to one";
  bool url = v.isScalar() && (v.text().rfind("https://", 0) == 0 || v.text().rfind("http://", 0) == 0);
  return url || isFunction(v) ? nullptr : "an http:// or https:// URL";
}

std::optional<DirectRoute> readRoute(const MapEntry& route, Diagnostics& diagnostics) {
  if (!route.value.isMap()) {
    diagnostics.error(route.value.location(), "type-mismatch",
                      "a direct route is a map with its integration (sqs, dynamodb, …)");
    return std::nullopt;
  }
  const MapEntry* service = serviceEntry(route, diagnostics);
  if (!service) return std::nullopt;
  DirectRoute out;
  out.route = Named{route.key, keyLocation(route)};
  out.service = service->key;
  out.target = service->value;
  out.targetAt = service->value.location();
  out.at = keyLocation(route);
  for (const auto& s : kServices)
    if (out.service == s.key) out.action = s.defaultAction;
  if (const char* expected = targetProblem(out)) {
    diagnostics.error(out.targetAt, "websocket-integration-target",
                      fmt::format("route '{}' sends to {}, which takes {}", out.route.value,
                                  out.service, expected));
    return std::nullopt;
  }
  Fields fields(route.value, diagnostics);
  readAction(fields, out, diagnostics);
  out.requestTemplate = fields.copy("requestTemplate");
  out.response = fields.boolean("response").value_or(false);
  if (out.service == "dynamodb" && out.action != "PutItem" && !out.requestTemplate)
    diagnostics.error(out.at, "websocket-integration-template-missing",
                      fmt::format("route '{}' does dynamodb {}, whose request sls-compile cannot "
                                  "guess: give its 'requestTemplate'",
                                  out.route.value, out.action));
  if (out.service == "http" && out.requestTemplate)
    diagnostics.error(out.at, "websocket-integration-action",
                      "an http route proxies the message as it is: it has no 'requestTemplate'");
  return out;
}

}  // namespace

void readDirectRoutes(const Node& websocket, Model& model, Diagnostics& diagnostics) {
  const MapEntry* routes = websocket.entry("routes");
  if (!routes || !routes->value.isMap()) return;
  for (const auto& route : routes->value.entries())
    if (auto built = readRoute(route, diagnostics)) model.directRoutes.push_back(std::move(*built));
}

}  // namespace slsc::websockets
