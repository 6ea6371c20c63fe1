// http, model: the REST API's provider settings, and the `http` events of a function with their
// authorizers, CORS and request/response settings, normalized as the reference normalizes them.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "events/http/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "source/ascii.h"

namespace slsc::http {
namespace {

const std::vector<std::string> kCorsHeaders = {
    "Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key", "X-Amz-Security-Token",
    "X-Amz-User-Agent", "X-Amzn-Trace-Id"};

std::string upper(std::string_view text) { return asciiUpper(text); }
std::string lower(std::string_view text) { return asciiLower(text); }

std::string trimSlashes(std::string path) {
  if (!path.empty() && path.front() == '/') path.erase(0, 1);
  if (!path.empty() && path.back() == '/') path.pop_back();
  return path;
}

// LAMBDA-PROXY → AWS_PROXY, lambda → AWS; no integration: AWS for `async`, else AWS_PROXY.
std::string integrationType(const std::optional<std::string>& written, bool async) {
  if (!written) return async ? "AWS" : "AWS_PROXY";
  std::string type = upper(*written);
  if (auto dash = type.find('-'); dash != std::string::npos) type[dash] = '_';
  if (type == "LAMBDA") return "AWS";
  if (type == "LAMBDA_PROXY") return "AWS_PROXY";
  return type;
}

std::vector<std::string> strings(const Node* list) {
  std::vector<std::string> out;
  if (list && list->isSeq())
    for (const auto& item : list->items())
      if (item.isScalar()) out.push_back(item.text());
  if (list && list->isScalar()) out.push_back(list->text());
  return out;
}

void addOnce(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// `cors: true`, or the map form over the defaults (origin '*', the usual headers).
Cors buildCors(const Node& value, const std::string& method, Diagnostics& diagnostics) {
  Cors cors;
  cors.origin = "*";
  cors.headers = kCorsHeaders;
  std::string verb = upper(method);
  if (!value.isMap()) {
    cors.methods = {"OPTIONS", verb};
    return cors;
  }
  Fields fields(value, diagnostics);
  if (fields.node("origins")) cors.origin.reset();
  if (auto origin = fields.text("origin")) cors.origin = *origin;
  cors.origins = strings(fields.node("origins"));
  if (const Node* headers = fields.node("headers")) cors.headers = strings(headers);
  cors.methods = strings(fields.node("methods"));
  cors.allowCredentials = fields.boolean("allowCredentials").value_or(false);
  cors.maxAge = fields.integer("maxAge");
  cors.cacheControl = fields.text("cacheControl");
  addOnce(cors.methods, "OPTIONS");
  addOnce(cors.methods, verb);
  return cors;
}

// The last '-'-separated part of the ARN's last ':'-separated part, as the reference names an
// authorizer given by ARN.
std::string nameFromArn(const std::string& arn) {
  std::string last = arn.substr(arn.rfind(':') + 1);
  return last.substr(last.rfind('-') + 1);
}

bool isFunctionOfService(const Node& functions, const std::string& name) {
  return functions.isMap() && functions.get(name) != nullptr;
}

std::optional<Authorizer> stringAuthorizer(const Node& value) {
  Authorizer a;
  a.at = value.location();
  const std::string& text = value.text();
  if (upper(text) == "AWS_IAM") {
    a.type = "AWS_IAM";
  } else if (text.find(':') == std::string::npos) {
    a.name = text;
    a.function = text;
  } else {
    a.arn = value;
    a.name = nameFromArn(text);
  }
  return a;
}

std::optional<Authorizer> objectAuthorizer(const Node& value, Diagnostics& diagnostics) {
  Authorizer a;
  a.at = value.location();
  Fields fields(value, diagnostics);
  std::string type = fields.text("type").value_or("");
  const Node* arn = fields.node("arn");
  auto name = fields.text("name");
  if (!type.empty() && fields.node("authorizerId")) {
    a.type = type;
    a.authorizerId = *fields.node("authorizerId");
  } else if (upper(type) == "AWS_IAM") {
    a.type = "AWS_IAM";
    a.name = name.value_or("");  // kept for the check that says they conflict
    if (arn) a.arn = *arn;
  } else if (arn) {
    a.arn = *arn;
    if (name) {
      a.name = *name;
    } else if (!arn->isScalar()) {
      diagnostics.error(value.location(), "authorizer-name-missing",
                        "an authorizer whose 'arn' is a CloudFormation function needs a 'name' "
                        "(its logical id is made from it)");
      return std::nullopt;
    } else {
      a.name = nameFromArn(arn->text());
    }
  } else if (name) {
    a.name = *name;
    a.function = *name;
  } else {
    diagnostics.error(value.location(), "authorizer-incomplete",
                      "an authorizer needs a 'name' (a function of this service), an 'arn', an "
                      "'authorizerId' with its 'type', or 'type: aws_iam'");
    return std::nullopt;
  }
  if (a.type.empty()) a.type = type;
  a.resultTtlInSeconds = fields.integer("resultTtlInSeconds").value_or(300);
  a.claims = strings(fields.node("claims"));
  if (const Node* scopes = fields.node("scopes")) a.scopes = *scopes;
  a.identitySource = fields.text("identitySource");
  a.identityValidationExpression = fields.text("identityValidationExpression");
  a.managedExternally = fields.boolean("managedExternally").value_or(false);
  return a;
}

std::optional<Authorizer> buildAuthorizer(const Node& value, const Node& functions,
                                          Diagnostics& diagnostics) {
  std::optional<Authorizer> a = value.isMap() ? objectAuthorizer(value, diagnostics)
                                              : stringAuthorizer(value);
  if (!a) return a;
  if (a->function && !isFunctionOfService(functions, *a->function)) {
    diagnostics.error(a->at, "authorizer-unknown-function",
                      fmt::format("authorizer '{}' names no function of this service; give a "
                                  "function's name, or the authorizer's ARN as 'arn'",
                                  *a->function));
    return std::nullopt;
  }
  if (!a->identitySource && !(upper(a->type) == "REQUEST" && a->resultTtlInSeconds == std::optional<std::int64_t>(0)))
    a->identitySource = "method.request.header.Authorization";
  return a;
}

// request.parameters: {querystrings, paths, headers} → method.request.<location>.<name>.
RequestParameters requestParameters(const Node& parameters) {
  RequestParameters out;
  for (const char* location : {"querystrings", "paths", "headers"}) {
    const Node* group = parameters.get(location);
    if (!group || !group->isMap()) continue;
    std::string singular(location, std::string_view(location).size() - 1);
    for (const auto& e : group->entries())
      out.emplace_back("method.request." + singular + "." + e.key, e.value);
  }
  return out;
}

// What the reference keeps of `request` with a proxy integration: parameters (and the uri for
// HTTP_PROXY); the rest it drops with a warning, as it does `response`.
void readRequest(const Node& request, Event& event, Diagnostics& diagnostics) {
  Fields fields(request, diagnostics);
  bool proxy = event.integration == "AWS_PROXY" || event.integration == "HTTP_PROXY";
  for (const auto& e : request.entries()) {
    bool kept = e.key == "parameters" || e.key == "schemas" || e.key == "schema" ||
                (e.key == "uri" && event.integration != "AWS_PROXY");
    if (proxy && !kept && e.key == "template")
      diagnostics.error(keyLocation(e), "http-proxy-template",
                        fmt::format("request.template does nothing with the {} integration (the "
                                    "proxy passes the request through as it is, and the "
                                    "reference drops the template); use integration: lambda to "
                                    "map the request, or remove it",
                                    event.integration));
    else if (proxy && !kept)
      diagnostics.warning(keyLocation(e), "http-proxy-setting-ignored",
                          fmt::format("request.{} does nothing with the {} integration (the "
                                      "proxy passes the request through as it is); it is "
                                      "left out",
                                      e.key, event.integration));
  }
  if (const Node* parameters = fields.node("parameters"); parameters && parameters->isMap())
    event.requestParameters = requestParameters(*parameters);
  if (const Node* uri = fields.node("uri")) event.uri = *uri;
  if (const Node* schemas = fields.node("schemas"); schemas && schemas->isMap())
    event.requestSchemas = *schemas;
  if (proxy) return;
  if (const Node* t = fields.node("template")) event.requestTemplate = *t;
  event.passThrough = fields.text("passThrough");
  event.contentHandling = fields.text("contentHandling");
  event.requestMethod = fields.text("method");
}

Event mapEvent(const Node& value, std::size_t function, const Node& functions,
               Diagnostics& diagnostics) {
  Event event;
  event.function = function;
  event.at = value.location();
  Fields fields(value, diagnostics);
  event.path = trimSlashes(fields.text("path").value_or(""));
  event.method = lower(fields.text("method").value_or(""));
  event.async = fields.boolean("async").value_or(false);
  event.integration = integrationType(fields.text("integration"), event.async);
  event.isPrivate = fields.boolean("private").value_or(false);
  event.operationId = fields.text("operationId");
  if (const Node* cors = fields.node("cors"); cors && cors->asBool() != std::optional<bool>(false))
    event.cors = buildCors(*cors, event.method, diagnostics);
  if (const Node* authorizer = fields.node("authorizer"))
    event.authorizer = buildAuthorizer(*authorizer, functions, diagnostics);
  if (auto type = fields.text("connectionType")) {
    std::string normalized = upper(*type);
    if (auto dash = normalized.find('-'); dash != std::string::npos) normalized[dash] = '_';
    event.connectionType = normalized;
  }
  if (const Node* id = fields.node("connectionId")) event.connectionId = *id;
  if (const Node* request = fields.node("request"); request && request->isMap())
    readRequest(*request, event, diagnostics);
  if (const Node* response = fields.node("response")) {
    if (event.integration == "AWS_PROXY" || event.integration == "HTTP_PROXY") {
      diagnostics.error(response->location(), "http-proxy-template",
                        fmt::format("'response' does nothing with the {} integration (the "
                                    "backend's answer is the response, and the reference drops "
                                    "this mapping); use integration: lambda to map responses, "
                                    "or remove it",
                                    event.integration));
    } else {
      event.response = *response;
    }
  }
  return event;
}

// `GET users/{id}`: the method, a space, the path.
Event stringEvent(const Node& value, std::size_t function) {
  Event event;
  event.function = function;
  event.at = value.location();
  const std::string& text = value.text();
  auto space = text.find(' ');
  event.method = lower(text.substr(0, space));
  event.path = space == std::string::npos ? "" : trimSlashes(text.substr(space + 1));
  event.integration = "AWS_PROXY";
  return event;
}

// A resource policy's Resource list of one '*', ARN or abbreviated execute-api ARN becomes that
// text in the reference's schema.
bool collapsesInResourcePolicy(const std::string& text) {
  return text == "*" || text.rfind("arn:", 0) == 0 || text.rfind("execute-api:", 0) == 0;
}

void readLogs(const Node& provider, Logs& out, Diagnostics& diagnostics) {
  const Node* logs = provider.get("logs");
  const Node* restApi = logs && logs->isMap() ? logs->get("restApi") : nullptr;
  if (!restApi || restApi->isNull()) return;
  out.at = restApi->location();
  if (auto flag = restApi->asBool()) {
    out.enabled = *flag;
    return;
  }
  if (!restApi->isMap()) return;
  out.enabled = true;
  Fields fields(*restApi, diagnostics);
  out.accessLogging = fields.boolean("accessLogging").value_or(true);
  out.format = fields.text("format");
  out.executionLogging = fields.boolean("executionLogging").value_or(true);
  out.level = fields.text("level").value_or("INFO");
  out.fullExecutionData = fields.boolean("fullExecutionData").value_or(true);
}

}  // namespace

// COGNITO_USER_POOLS, or an ARN the reference reads as a Cognito user pool's
// (/^arn:[a-zA-Z-]*:cognito-idp/).
bool Authorizer::isCognito() const {
  if (upper(type) == "COGNITO_USER_POOLS") return true;
  if (!arn || !arn->isScalar()) return false;
  const std::string& text = arn->text();
  if (text.rfind("arn:", 0) != 0) return false;
  std::size_t colon = text.find(':', 4);
  if (colon == std::string::npos) return false;
  for (std::size_t i = 4; i < colon; ++i)
    if (!std::isalpha(static_cast<unsigned char>(text[i])) && text[i] != '-') return false;
  return text.compare(colon, 12, ":cognito-idp") == 0;
}

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  Settings& s = service.events.http.settings;
  Fields fields(provider, diagnostics);
  s.apiName = fields.text("apiName");
  if (auto type = fields.text("endpointType")) s.endpointType = upper(*type);
  if (const Node* ids = fields.node("vpcEndpointIds")) {
    s.vpcEndpointIds = *ids;
    s.vpcEndpointIdsAt = ids->location();
  }
  if (const Node* tracing = fields.node("tracing"); tracing && tracing->isMap())
    if (const Node* api = tracing->get("apiGateway")) {
      s.tracing = api->asBool().value_or(false);
      s.tracingAt = api->location();
    }
  readLogs(provider, s.logs, diagnostics);
  const Node* apiGateway = fields.node("apiGateway");
  if (!apiGateway || !apiGateway->isMap()) return;
  Fields api(*apiGateway, diagnostics);
  if (const Node* id = api.node("restApiId")) {
    s.restApiId = *id;
    s.restApiIdAt = id->location();
  }
  if (const Node* root = api.node("restApiRootResourceId")) s.restApiRootResourceId = *root;
  if (const Node* resources = api.node("restApiResources")) {
    // {path: id}, or [{path, resourceId}].
    if (resources->isMap())
      for (const auto& e : resources->entries()) s.predefinedResources.emplace_back(trimSlashes(e.key), e.value);
    if (resources->isSeq())
      for (const auto& item : resources->items()) {
        const Node* path = item.isMap() ? item.get("path") : nullptr;
        const Node* id = item.isMap() ? item.get("resourceId") : nullptr;
        if (path && path->isScalar() && id) s.predefinedResources.emplace_back(trimSlashes(path->text()), *id);
      }
  }
  s.shouldStartNameWithService = api.boolean("shouldStartNameWithService").value_or(false);
  s.description = api.text("description");
  if (const Node* types = api.node("binaryMediaTypes")) s.binaryMediaTypes = *types;
  if (const Node* size = api.node("minimumCompressionSize")) s.minimumCompressionSize = *size;
  if (auto source = api.text("apiKeySourceType")) s.apiKeySourceType = upper(*source);
  s.disableDefaultEndpoint = api.boolean("disableDefaultEndpoint");
  if (const Node* policy = api.node("resourcePolicy")) {
    s.resourcePolicy = *policy;
    if (policy->isSeq())
      for (auto& statement : s.resourcePolicy->items())
        statement = coerceStatement(statement, collapsesInResourcePolicy);
  }
  if (const Node* keys = api.node("apiKeys")) s.apiKeys = *keys;
  if (const Node* plan = api.node("usagePlan")) {
    s.usagePlan = *plan;
    s.usagePlanAt = plan->location();
  }
  s.stage = api.text("stage");
  if (const Node* request = api.node("request"); request && request->isMap())
    if (const Node* schemas = request->get("schemas"); schemas && schemas->isMap())
      s.requestSchemas = *schemas;
  s.metrics = api.boolean("metrics").value_or(false);
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  for (const auto& item : in.events.items()) {
    const Node* value = item.isMap() ? item.get("http") : nullptr;
    if (!value) continue;
    Event event = value->isMap() ? mapEvent(*value, in.function, in.functions, diagnostics)
                                 : stringEvent(*value, in.function);
    service.events.http.events.push_back(std::move(event));
  }
}

}  // namespace slsc::http
