// websocket, model: the provider's websocket settings, and the `websocket` events of a function
// with their authorizers.
#include <fmt/format.h>

#include <cctype>
#include <set>
#include <string_view>

#include "events/websocket/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "source/ascii.h"

namespace slsc::websockets {
namespace {

const std::vector<std::string> kDefaultIdentitySource = {"route.request.header.Auth"};

// The last ':'-separated part of an ARN, which the reference takes as the authorizer's name.
std::string nameFromArn(const std::string& arn) {
  auto colon = arn.rfind(':');
  return colon == std::string::npos ? arn : arn.substr(colon + 1);
}

// arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]
bool isLambdaArn(const std::string& arn) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    auto colon = arn.find(':', start);
    parts.push_back(arn.substr(start, colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return parts.size() >= 7 && parts.size() <= 8 && parts[0] == "arn" && parts[2] == "lambda" &&
         parts[5] == "function" && !parts[6].empty();
}

bool isFunctionOfService(const Node& functions, const std::string& name) {
  return functions.isMap() && functions.get(name) != nullptr;
}

std::optional<Authorizer> functionAuthorizer(const std::string& name, const Location& at,
                                                      const Node& functions,
                                                      Diagnostics& diagnostics) {
  if (!isFunctionOfService(functions, name)) {
    diagnostics.error(at, "authorizer-unknown-function",
                      fmt::format("authorizer '{}' names no function of this service; give "
                                  "a function's name, or its Lambda ARN as 'arn'",
                                  name));
    return std::nullopt;
  }
  Authorizer a;
  a.name = name;
  a.function = name;
  a.identitySource = kDefaultIdentitySource;
  a.at = at;
  return a;
}

std::optional<Authorizer> arnAuthorizer(const Node& arn, std::optional<std::string> name,
                                                 const Location& at, Diagnostics& diagnostics) {
  if (arn.isScalar() && !isLambdaArn(arn.text())) {
    diagnostics.error(arn.location(), "authorizer-arn-invalid",
                      fmt::format("authorizer arn '{}' is not a Lambda function ARN "
                                  "(arn:aws:lambda:REGION:ACCOUNT:function:NAME)",
                                  arn.text()));
    return std::nullopt;
  }
  if (!arn.isScalar() && !name) {
    diagnostics.error(at, "authorizer-name-missing",
                      "an authorizer whose 'arn' is a CloudFormation function needs a 'name'");
    return std::nullopt;
  }
  Authorizer a;
  a.name = name ? *name : nameFromArn(arn.text());
  a.arn = arn;
  a.identitySource = kDefaultIdentitySource;
  a.at = at;
  return a;
}

std::vector<std::string> identitySource(const Node& value, Diagnostics& diagnostics) {
  std::vector<std::string> out;
  if (value.isScalar()) return {value.text()};
  if (!value.isSeq()) {
    diagnostics.error(value.location(), "type-mismatch", "'identitySource' must be a list");
    return out;
  }
  for (const auto& item : value.items())
    if (item.isScalar()) out.push_back(item.text());
  return out;
}

std::optional<Authorizer> objectAuthorizer(const Node& value, const Node& functions,
                                                    Diagnostics& diagnostics) {
  Fields fields(value, diagnostics);
  std::optional<Authorizer> a;
  auto name = fields.text("name");
  if (const Node* arn = fields.node("arn")) {
    a = arnAuthorizer(*arn, name, value.location(), diagnostics);
  } else if (name) {
    if (name->find(':') != std::string::npos) {
      diagnostics.error(fields.node("name")->location(), "authorizer-name-is-arn",
                        fmt::format("authorizer name '{}' is an ARN; 'name' names a function of "
                                    "this service, an ARN goes in 'arn'",
                                    *name));
      return std::nullopt;
    }
    a = functionAuthorizer(*name, fields.node("name")->location(), functions, diagnostics);
  } else {
    diagnostics.error(value.location(), "authorizer-incomplete",
                      "an authorizer needs a 'name' (a function of this service) or an 'arn'");
  }
  if (a) {
    if (const Node* source = fields.node("identitySource"))
      a->identitySource = identitySource(*source, diagnostics);
  }
  return a;
}

std::optional<Authorizer> buildAuthorizer(const Node& value, const Node& functions,
                                                   Diagnostics& diagnostics) {
  if (value.isMap()) return objectAuthorizer(value, functions, diagnostics);
  if (!value.isScalar()) {
    diagnostics.error(value.location(), "type-mismatch",
                      "'authorizer' must be a function name, a Lambda ARN or a map");
    return std::nullopt;
  }
  if (value.text().find(':') != std::string::npos)
    return arnAuthorizer(value, std::nullopt, value.location(), diagnostics);
  return functionAuthorizer(value.text(), value.location(), functions, diagnostics);
}

// `authorizer: aws_iam` (or {type: aws_iam}): IAM authorization of $connect, no Lambda.
bool isIamAuthorizer(const Node& value) {
  const Node* type = value.isMap() ? value.get("type") : &value;
  if (!type || !type->isScalar()) return false;
  return asciiUpper(type->text()) == "AWS_IAM";
}

// request.schema (one model, selected as $default) or request.schemas with
// modelSelectionExpression; request.parameters {headers, querystrings} of $connect.
void readRequest(const Node& request, Event& event, Diagnostics& diagnostics) {
  Fields fields(request, diagnostics);
  event.request.modelSelectionExpression = fields.text("modelSelectionExpression");
  if (const Node* schema = fields.node("schema"))
    event.request.models.push_back(RequestModel{"$default", *schema, schema->location()});
  if (const Node* schemas = fields.node("schemas"); schemas && schemas->isMap())
    for (const auto& e : schemas->entries())
      event.request.models.push_back(RequestModel{e.key, e.value, keyLocation(e)});
  const Node* parameters = fields.node("parameters");
  if (!parameters || !parameters->isMap()) return;
  for (const auto& [kind, prefix] : {std::pair{"headers", "route.request.header."},
                                     std::pair{"querystrings", "route.request.querystring."}}) {
    const Node* list = parameters->get(kind);
    if (!list || !list->isMap()) continue;
    for (const auto& e : list->entries())
      event.request.parameters.emplace_back(prefix + e.key, e.value.asBool().value_or(true));
  }
}

// sls-compile's route settings: throttle, detailedMetrics, request.
void readRouteSettings(const Node& value, Event& event, Diagnostics& diagnostics) {
  // apiKeyRequired: false is what the reference writes anyway.
  static const std::set<std::string_view> own = {"apiKeyRequired", "throttle", "detailedMetrics",
                                                 "request"};
  for (const auto& e : value.entries())
    if (own.count(e.key) && !(e.key == "apiKeyRequired" && e.value.asBool() != std::optional<bool>(true)))
      event.ownSettingsAt.push_back(keyLocation(e));
  const Node* throttle = value.get("throttle");
  const Node* metrics = value.get("detailedMetrics");
  if ((throttle && throttle->isMap()) || metrics) {
    RouteSettings settings;
    if (throttle && throttle->isMap()) {
      if (const Node* burst = throttle->get("burstLimit")) settings.burstLimit = *burst;
      if (const Node* rate = throttle->get("rateLimit")) settings.rateLimit = *rate;
    }
    if (metrics) settings.detailedMetrics = metrics->asBool();
    event.settings = std::move(settings);
  }
  if (const Node* request = value.get("request"); request && request->isMap())
    readRequest(*request, event, diagnostics);
}

Named routeOf(const Node& value) {
  Location at = value.location();
  at.length = static_cast<int>(value.text().size());
  return Named{value.text(), at};
}

std::optional<Event> objectEvent(const Node& value, const Node& functions,
                                          Diagnostics& diagnostics) {
  Event event;
  event.at = value.location();
  Fields fields(value, diagnostics);
  const Node* route = fields.node("route");
  if (!route || !route->isScalar()) {
    diagnostics.error(route ? route->location() : value.location(), "websocket-no-route",
                      "this websocket event has no 'route'");
    return std::nullopt;
  }
  event.route = routeOf(*route);
  if (const Node* expression = fields.node("routeResponseSelectionExpression")) {
    if (!expression->isScalar() || expression->text() != "$default") {
      diagnostics.error(expression->location(), "route-response-expression",
                        fmt::format("routeResponseSelectionExpression must be '$default' (the "
                                    "only value API Gateway accepts for websocket routes), not "
                                    "'{}'",
                                    expression->isScalar() ? expression->text() : "a value"));
    }
    event.routeResponse = true;
  }
  if (const MapEntry* required = value.entry("apiKeyRequired");
      required && required->value.asBool() == std::optional<bool>(true))
    event.apiKeyRequiredAt = keyLocation(*required);
  readRouteSettings(value, event, diagnostics);
  if (const Node* authorizer = fields.node("authorizer")) {
    if (isIamAuthorizer(*authorizer))
      event.iamAuthorization = true;
    else
      event.authorizer = buildAuthorizer(*authorizer, functions, diagnostics);
    if (event.route.value != "$connect") {
      diagnostics.error(authorizer->location(), "authorizer-not-on-connect",
                        fmt::format("route '{}' has an authorizer; API Gateway runs websocket "
                                    "authorizers on '$connect' only",
                                    event.route.value));
    }
  }
  return event;
}

// `- websocket:` with nothing after it, and `route:` beside it instead of under it.
void reportMisindentedRoute(const Node& event, const MapEntry& websocket,
                            Diagnostics& diagnostics) {
  Location at = keyLocation(websocket);
  const MapEntry* sibling = event.entry("route");
  if (sibling) {
    diagnostics.error(at, "websocket-no-route",
                      fmt::format("this websocket event has no route: 'route: {}' on line {} is "
                                  "a sibling of 'websocket:'; indent it below 'websocket:'",
                                  sibling->value.isScalar() ? sibling->value.text() : "",
                                  sibling->keyAt.line));
    return;
  }
  diagnostics.error(at, "websocket-no-route", "this websocket event has no route");
}

// provider.logs.websocket: true, or a map of settings.
void readLogs(const Node& provider, Logs& out, Diagnostics& diagnostics) {
  const Node* logs = provider.get("logs");
  if (!logs || !logs->isMap()) return;
  const Node* websocket = logs->get("websocket");
  if (!websocket || websocket->isNull()) return;
  out.at = websocket->location();
  if (auto flag = websocket->asBool()) {
    out.enabled = *flag;
    return;
  }
  if (!websocket->isMap()) return;
  out.enabled = true;
  Fields fields(*websocket, diagnostics);
  out.level = fields.text("level");
  if (const Node* level = fields.node("level")) out.levelAt = level->location();
  out.format = fields.text("format");
  out.accessLogging = fields.boolean("accessLogging").value_or(true);
  out.executionLogging = fields.boolean("executionLogging").value_or(true);
  out.fullExecutionData = fields.boolean("fullExecutionData").value_or(true);
}

// Settings the reference ignores without a word because their name is one letter off.
void warnMisspellings(const Node& provider, Diagnostics& diagnostics) {
  static const std::pair<const char*, const char*> misspelt[] = {
      {"websocketApiName", "websocketsApiName"},
      {"websocketApiRouteSelectionExpression", "websocketsApiRouteSelectionExpression"},
      {"websocketDescription", "websocketsDescription"},
  };
  for (const auto& [wrong, right] : misspelt) {
    const MapEntry* e = provider.entry(wrong);
    if (!e) continue;
    diagnostics.warning(keyLocation(*e), "setting-misspelt",
                        fmt::format("'provider.{}' is not a setting and is ignored; did you mean "
                                    "'{}'?",
                                    wrong, right));
  }
}

}  // namespace

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  Settings& s = service.events.websocket.settings;
  Fields fields(provider, diagnostics);
  s.apiName = fields.text("websocketsApiName");
  if (const Node* name = fields.node("websocketsApiName")) s.apiNameAt = valueLocation(*name);
  s.routeSelectionExpression = fields.text("websocketsApiRouteSelectionExpression");
  s.description = fields.text("websocketsDescription");
  if (const Node* websocket = fields.node("websocket"); websocket && websocket->isMap()) {
    Fields ws(*websocket, diagnostics);
    s.useProviderTags = ws.boolean("useProviderTags").value_or(false);
    s.timeoutInMillis = ws.integer("timeoutInMillis");
    s.disableExecuteApiEndpoint = ws.boolean("disableExecuteApiEndpoint");
    s.apiKeySelectionExpression = ws.text("apiKeySelectionExpression");
    s.managementEndpointVariable = ws.text("managementEndpointVariable");
    s.apiKeys = ws.copy("apiKeys");
    s.detailedMetrics = ws.boolean("detailedMetrics");
    s.stageVariables = ws.stringEntries("stageVariables");
    s.contentHandling = ws.text("contentHandling");
    if (const Node* plan = ws.node("usagePlan")) {
      s.usagePlan = *plan;
      s.usagePlanAt = plan->location();
    }
    if (const Node* throttle = ws.node("throttle"); throttle && throttle->isMap()) {
      if (const Node* burst = throttle->get("burstLimit")) s.throttleBurstLimit = *burst;
      if (const Node* rate = throttle->get("rateLimit")) s.throttleRateLimit = *rate;
    }
    // In the order written, so that compat mode's errors come in file order.
    static const std::set<std::string_view> own = {
        "timeoutInMillis", "disableExecuteApiEndpoint", "throttle", "apiKeySelectionExpression",
        "managementEndpointVariable", "apiKeys", "usagePlan", "detailedMetrics", "stageVariables",
        "contentHandling", "routes"};
    for (const auto& e : websocket->entries())
      if (own.count(e.key)) s.ownSettingsAt.push_back(keyLocation(e));
    readDirectRoutes(*websocket, service.events.websocket, diagnostics);
  }
  if (const Node* apiGateway = fields.node("apiGateway"); apiGateway && apiGateway->isMap())
    s.existingApiId = Fields(*apiGateway, diagnostics).copy("websocketApiId");
  readDomains(provider, s, diagnostics);
  readLogs(provider, s.logs, diagnostics);
  warnMisspellings(provider, diagnostics);
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  std::vector<Event>& out = service.events.websocket.events;
  const Node& functions = in.functions;
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* websocket = event.entry("websocket");
    if (!websocket) continue;
    const Node& value = websocket->value;
    std::optional<Event> built;
    if (value.isNull()) {
      reportMisindentedRoute(event, *websocket, diagnostics);
    } else if (value.isScalar()) {
      Event e;
      e.route = routeOf(value);
      e.at = value.location();
      built = std::move(e);
    } else if (value.isMap()) {
      built = objectEvent(value, functions, diagnostics);
    } else {
      diagnostics.error(value.location(), "type-mismatch",
                        "a websocket event is a route key or a map with 'route'");
    }
    if (!built) continue;
    built->function = in.function;
    out.push_back(std::move(*built));
  }
}

}  // namespace slsc::websockets
