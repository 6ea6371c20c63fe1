// httpApi, model: provider.httpApi (and provider.logs.httpApi), and the `httpApi` events of a
// function: "METHOD /path", "*", or {method, path, authorizer}.
#include <fmt/format.h>

#include "events/http_api/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "source/ascii.h"

namespace slsc::httpapi {
namespace {

const std::vector<std::string> kDefaultOrigins = {"*"};
const std::vector<std::string> kDefaultHeaders = {
    "Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key", "X-Amz-Security-Token",
    "X-Amz-User-Agent", "X-Amzn-Trace-Id"};

const char* kDefaultLogFormat =
    "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
    "\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\","
    "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
    "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\"}";

// A string or a list of strings, as a list without repeats (the reference's Set), in order.
std::vector<std::string> stringSet(const Node& value) {
  std::vector<std::string> out;
  auto add = [&](const Node& item) {
    if (!item.isScalar()) return;
    for (const auto& seen : out)
      if (seen == item.text()) return;
    out.push_back(item.text());
  };
  if (value.isSeq())
    for (const auto& item : value.items()) add(item);
  else
    add(value);
  return out;
}

// The same for values that may be CloudFormation functions: strings lose their repeats.
std::vector<Node> nodeSet(const Node& value) {
  std::vector<Node> out;
  auto add = [&](const Node& item) {
    if (item.isScalar())
      for (const auto& seen : out)
        if (seen.isScalar() && seen.text() == item.text()) return;
    out.push_back(item);
  };
  if (value.isSeq())
    for (const auto& item : value.items()) add(item);
  else
    add(value);
  return out;
}

void readCors(const Node& value, Cors& out) {
  out.at = value.location();
  if (auto flag = value.asBool()) {
    if (!*flag) return;
    out.enabled = true;
    out.allowedOrigins = kDefaultOrigins;
    out.allowedHeaders = kDefaultHeaders;
    out.fillMethods = true;
    return;
  }
  if (!value.isMap()) return;
  out.enabled = true;
  const Node* origins = value.get("allowedOrigins");
  out.allowedOrigins = origins ? stringSet(*origins) : kDefaultOrigins;
  const Node* headers = value.get("allowedHeaders");
  out.allowedHeaders = headers ? stringSet(*headers) : kDefaultHeaders;
  if (const Node* methods = value.get("allowedMethods"))
    out.allowedMethods = stringSet(*methods);
  else
    out.fillMethods = true;
  if (const MapEntry* credentials = value.entry("allowCredentials");
      credentials && credentials->value.asBool().value_or(false)) {
    out.allowCredentials = true;
    out.credentialsAt = keyLocation(*credentials);
  }
  if (const Node* exposed = value.get("exposedResponseHeaders"))
    out.exposedResponseHeaders = stringSet(*exposed);
  if (const Node* maxAge = value.get("maxAge"); maxAge && !maxAge->isNull()) out.maxAge = *maxAge;
}

Authorizer readAuthorizer(const MapEntry& entry, Diagnostics& diagnostics) {
  Authorizer a;
  a.key = entry.key;
  a.name = entry.key;
  a.type = "jwt";
  a.at = keyLocation(entry);
  if (!entry.value.isMap()) return a;
  Fields fields(entry.value, diagnostics);
  if (auto name = fields.text("name")) a.name = *name;
  if (auto type = fields.text("type")) a.type = *type;
  if (const Node* source = fields.node("identitySource")) a.identitySource = stringSet(*source);
  a.issuerUrl = fields.copy("issuerUrl");
  if (const Node* audience = fields.node("audience")) a.audience = nodeSet(*audience);
  a.functionName = fields.text("functionName");
  a.functionArn = fields.copy("functionArn");
  a.managedExternally = fields.boolean("managedExternally").value_or(false);
  a.resultTtlInSeconds = fields.copy("resultTtlInSeconds");
  a.enableSimpleResponses = fields.copy("enableSimpleResponses");
  if (auto version = fields.text("payloadVersion")) a.payloadVersion = *version;
  return a;
}

void readLogs(const Node& provider, Settings& s) {
  const Node* logs = provider.get("logs");
  const Node* httpApi = logs && logs->isMap() ? logs->get("httpApi") : nullptr;
  if (!httpApi || httpApi->isNull() || httpApi->asBool() == std::optional<bool>(false)) return;
  s.logsAt = httpApi->location();
  const Node* format = httpApi->isMap() ? httpApi->get("format") : nullptr;
  s.logFormat = format && format->isScalar() ? format->text() : kDefaultLogFormat;
}

std::optional<RouteAuthorizer> readRouteAuthorizer(const Node& value, Diagnostics& diagnostics) {
  RouteAuthorizer a;
  a.at = value.location();
  if (value.isScalar()) {
    a.name = value.text();
    return a;
  }
  if (!value.isMap()) return std::nullopt;
  Fields fields(value, diagnostics);
  a.name = fields.text("name");
  a.id = fields.copy("id");
  a.type = fields.text("type");
  if (const Node* scopes = fields.node("scopes")) a.scopes = stringSet(*scopes);
  return a;
}

// "GET /path", "*", or a method and a path; the errors are the reference's.
bool readRoute(const std::string& method, const std::string& path, const std::string& function,
               const Location& at, Event& out, Diagnostics& diagnostics) {
  static const std::vector<std::string> allowed = {"ANY", "GET", "POST", "PUT", "PATCH",
                                                   "OPTIONS", "HEAD", "DELETE"};
  if (path == "*") {
    if (!method.empty() && method != "*") {
      diagnostics.error(at, "http-api-path-invalid",
                        fmt::format("the httpApi event of function '{}' has path '*' and method "
                                    "'{}': the catch-all route takes every method",
                                    function, method));
      return false;
    }
    // Move-assigned: GCC 12 warns falsely (-Wrestrict) about assigning the literals.
    out.path = std::string(1, '*');
    out.method = std::string("ANY");
    out.routeKey = out.path;
    return true;
  }
  if (path.empty() || path[0] != '/') {
    diagnostics.error(at, "http-api-path-invalid",
                      fmt::format("the httpApi event of function '{}' has path '{}', which is "
                                  "neither '*' nor a path starting with '/'",
                                  function, path));
    return false;
  }
  if (method.empty()) {
    diagnostics.error(at, "http-api-method-missing",
                      fmt::format("the httpApi event of function '{}' has no method", function));
    return false;
  }
  const std::string upper = method == "*" ? std::string("ANY") : asciiUpper(method);
  bool ok = false;
  for (const auto& m : allowed) ok = ok || m == upper;
  if (!ok) {
    diagnostics.error(at, "http-api-method-invalid",
                      fmt::format("the httpApi event of function '{}' has method '{}', not one of "
                                  "ANY, GET, POST, PUT, PATCH, OPTIONS, HEAD, DELETE",
                                  function, method));
    return false;
  }
  out.method = upper;
  out.path = path;
  out.routeKey = upper + " " + path;
  return true;
}

std::optional<Event> readEvent(const Node& value, const std::string& function,
                               Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  if (value.isScalar()) {
    const std::string& text = value.text();
    if (text == "*") {
      if (!readRoute("", "*", function, e.at, e, diagnostics)) return std::nullopt;
      return e;
    }
    auto space = text.find(' ');
    if (space == std::string::npos) {
      diagnostics.error(e.at, "http-api-route-invalid",
                        fmt::format("httpApi event '{}' of function '{}' is neither '*' nor "
                                    "'METHOD /path'",
                                    text, function));
      return std::nullopt;
    }
    std::string path = text.substr(space + 1);
    while (!path.empty() && path.front() == ' ') path.erase(path.begin());
    if (!readRoute(text.substr(0, space), path, function, e.at, e, diagnostics)) return std::nullopt;
    return e;
  }
  if (!value.isMap()) {
    diagnostics.error(e.at, "type-mismatch", "an httpApi event is 'METHOD /path', '*' or a map");
    return std::nullopt;
  }
  Fields fields(value, diagnostics);
  auto path = fields.text("path");
  if (!path) {
    diagnostics.error(e.at, "http-api-path-invalid",
                      fmt::format("the httpApi event of function '{}' has no path", function));
    return std::nullopt;
  }
  if (!readRoute(fields.text("method").value_or(""), *path, function, e.at, e, diagnostics))
    return std::nullopt;
  if (const Node* authorizer = fields.node("authorizer"))
    e.authorizer = readRouteAuthorizer(*authorizer, diagnostics);
  return e;
}

}  // namespace

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  Settings& s = service.events.httpApi.settings;
  s.at = provider.location();
  readLogs(provider, s);
  const Node* httpApi = provider.get("httpApi");
  if (!httpApi || !httpApi->isMap()) return;
  s.at = httpApi->location();
  Fields fields(*httpApi, diagnostics);
  s.id = fields.copy("id");
  s.name = fields.text("name");
  s.shouldStartNameWithService = fields.boolean("shouldStartNameWithService").value_or(false);
  s.disableDefaultEndpoint = fields.boolean("disableDefaultEndpoint");
  s.metrics = fields.boolean("metrics").value_or(false);
  s.payload = fields.text("payload");
  if (const MapEntry* tags = httpApi->entry("useProviderTags"))
    diagnostics.warning(keyLocation(*tags), "http-api-use-provider-tags",
                        "provider.httpApi.useProviderTags is no longer effective: provider tags "
                        "go on the HTTP API and its stage anyway; remove it");
  if (const Node* cors = fields.node("cors")) readCors(*cors, s.cors);
  if (const MapEntry* authorizers = httpApi->entry("authorizers");
      authorizers && authorizers->value.isMap()) {
    s.authorizersAt = keyLocation(*authorizers);
    for (const auto& e : authorizers->value.entries())
      s.authorizers.push_back(readAuthorizer(e, diagnostics));
  }
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  std::optional<std::string> payload;
  if (in.written.isMap())
    if (const Node* httpApi = in.written.get("httpApi"); httpApi && httpApi->isMap())
      if (const Node* p = httpApi->get("payload"); p && p->isScalar()) payload = p->text();
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* httpApi = event.entry("httpApi");
    if (!httpApi) continue;
    auto built = readEvent(httpApi->value, key, diagnostics);
    if (!built) continue;
    built->function = in.function;
    built->payload = payload;
    service.events.httpApi.events.push_back(std::move(*built));
  }
}

}  // namespace slsc::httpapi
