// http: one AWS::ApiGateway::Method per event — its authorization, its integration (Lambda
// proxy by default; Lambda with request templates and response mappings; HTTP, HTTP proxy,
// mock) and its method responses, in the reference's property order.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"
#include "source/ascii.h"

namespace slsc {
extern const char* const kRestApiJsonRequestTemplate;
extern const char* const kRestApiFormRequestTemplate;
}  // namespace slsc

namespace slsc::http {
namespace {

struct StatusCode {
  std::string code;
  std::string pattern;
  const Node* config = nullptr;  // the user's, when written
};

// The reference's status codes of a Lambda integration without `response.statusCodes`.
const std::pair<const char*, const char*> kDefaultStatusCodes[] = {
    {"200", ""},
    {"400", "[\\s\\S]*\\[400\\][\\s\\S]*"},
    {"401", "[\\s\\S]*\\[401\\][\\s\\S]*"},
    {"403", "[\\s\\S]*\\[403\\][\\s\\S]*"},
    {"404", "[\\s\\S]*\\[404\\][\\s\\S]*"},
    {"422", "[\\s\\S]*\\[422\\][\\s\\S]*"},
    {"500", "[\\s\\S]*(Process\\s?exited\\s?before\\s?completing\\s?request|\\[500\\])[\\s\\S]*"},
    {"502", "[\\s\\S]*\\[502\\][\\s\\S]*"},
    {"504", "([\\s\\S]*\\[504\\][\\s\\S]*)|(.*Task timed out after \\d+\\.\\d+ seconds$)"},
};

std::vector<StatusCode> defaultStatusCodes() {
  std::vector<StatusCode> out;
  for (const auto& [code, pattern] : kDefaultStatusCodes) out.push_back({code, pattern, nullptr});
  return out;
}

// Whether the event has a response mapping: written, or the Lambda integration's default.
bool hasResponse(const Event& e) {
  return e.integration == "AWS" || ((e.integration == "HTTP" || e.integration == "MOCK") && e.response);
}

// The status codes of `response`, in JavaScript's key order (integer-like keys ascending, which
// status codes all are), with 200 added when none has the empty pattern.
std::vector<StatusCode> statusCodes(const Event& e) {
  const Node* codes = e.response && e.response->isMap() ? e.response->get("statusCodes") : nullptr;
  if (!codes || !codes->isMap()) return defaultStatusCodes();
  std::vector<StatusCode> out;
  bool hasDefault = false;
  for (const auto& entry : codes->entries()) {
    std::string pattern;
    if (entry.value.isMap())
      if (const Node* p = entry.value.get("pattern"); p && p->isScalar()) pattern = p->text();
    hasDefault = hasDefault || pattern.empty();
    out.push_back({entry.key, pattern, &entry.value});
  }
  if (!hasDefault) {
    bool replaced = false;
    for (auto& c : out)
      if (c.code == "200") {
        c = {"200", "", nullptr};
        replaced = true;
      }
    if (!replaced) out.push_back({"200", "", nullptr});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StatusCode& a, const StatusCode& b) { return std::stoi(a.code) < std::stoi(b.code); });
  return out;
}

// (header, value) pairs: the CORS origin (and credentials), then response.headers.
std::vector<std::pair<std::string, std::string>> responseHeaders(const Event& e) {
  std::vector<std::pair<std::string, std::string>> out;
  if (e.cors) {
    std::string origin = e.cors->origin.value_or("undefined");
    if (!e.cors->origins.empty()) {
      origin.clear();
      for (const auto& o : e.cors->origins) origin += (origin.empty() ? "" : ",") + o;
    }
    out.emplace_back("Access-Control-Allow-Origin", "'" + origin + "'");
    if (e.cors->allowCredentials) out.emplace_back("Access-Control-Allow-Credentials", "true");
  }
  const Node* headers = e.response && e.response->isMap() ? e.response->get("headers") : nullptr;
  if (headers && headers->isMap())
    for (const auto& h : headers->entries())
      if (h.value.isScalar()) {
        bool replaced = false;
        for (auto& [name, value] : out)
          if (name == h.key) {
            value = h.value.text();
            replaced = true;
          }
        if (!replaced) out.emplace_back(h.key, h.value.text());
      }
  return out;
}

// method.response.header.<name> for each header and each header of the status code's own: its
// value (an integration response), or true (a method response declares it).
Json headerParameters(JsonFactory& json, const std::vector<std::pair<std::string, std::string>>& headers,
                      const StatusCode& code, bool declared) {
  Json parameters(rapidjson::kObjectType);
  auto put = [&](const std::string& header, Json value) {
    setMember(parameters, "method.response.header." + header,
              declared ? json.boolean(true) : std::move(value), json.allocator());
  };
  for (const auto& [header, value] : headers) put(header, json.str(value));
  if (code.config && code.config->isMap())
    if (const Node* extra = code.config->get("headers"); extra && extra->isMap())
      for (const auto& h : extra->entries()) put(h.key, json.fromNode(h.value));
  return parameters;
}

Json integrationResponses(JsonFactory& json, const Event& e) {
  std::vector<Json> out;
  if (!hasResponse(e)) return json.array({});
  auto headers = responseHeaders(e);
  const Node* response = e.response && e.response->isMap() ? &*e.response : nullptr;
  const Node* contentHandling = response ? response->get("contentHandling") : nullptr;
  const Node* template_ = response ? response->get("template") : nullptr;
  for (const auto& code : statusCodes(e)) {
    Json parameters = headerParameters(json, headers, code, false);
    Json templates(rapidjson::kObjectType);
    if (template_ && template_->isScalar())
      setMember(templates, "application/json", json.str(template_->text()), json.allocator());
    if (code.config && code.config->isMap())
      if (const Node* t = code.config->get("template")) {
        if (t->isScalar()) {
          setMember(templates, "application/json", json.str(t->text()), json.allocator());
        } else if (t->isMap()) {
          for (const auto& entry : t->entries())
            setMember(templates, entry.key, json.fromNode(entry.value), json.allocator());
        }
      }
    JsonObject item(json);
    item.set("StatusCode", code.code)
        .set("SelectionPattern", code.pattern)
        .set("ResponseParameters", std::move(parameters))
        .set("ResponseTemplates", std::move(templates));
    if (code.code[0] == '2' && contentHandling && contentHandling->isScalar())
      item.set("ContentHandling", contentHandling->text());
    out.push_back(item.take());
  }
  return json.array(std::move(out));
}

Json methodResponses(JsonFactory& json, const Event& e) {
  std::vector<Json> out;
  if (!hasResponse(e)) return json.array({});
  auto headers = responseHeaders(e);
  for (const auto& code : statusCodes(e)) {
    Json parameters = headerParameters(json, headers, code, true);
    out.push_back(JsonObject(json)
                      .set("ResponseParameters", std::move(parameters))
                      .set("ResponseModels", Json(rapidjson::kObjectType))
                      .set("StatusCode", code.code)
                      .take());
  }
  return json.array(std::move(out));
}

// The Cognito claims the default request templates pass on, as the reference writes them.
std::string claimsText(const Event& e) {
  if (!e.authorizer || e.authorizer->claims.empty()) return "";
  std::string out;
  for (const auto& claim : e.authorizer->claims) {
    auto colon = claim.find(':');
    if (!out.empty()) out += ',';
    if (colon != std::string::npos)
      out += fmt::format("\"{}\": \"$context.authorizer.claims['{}']\"", claim.substr(colon + 1), claim);
    else
      out += fmt::format("\"{}\": \"$context.authorizer.claims.{}\"", claim, claim);
  }
  out += ',';
  return out;
}

std::string withClaims(std::string text, const std::string& claims) {
  auto at = text.find("extraCognitoPoolClaims");
  if (at != std::string::npos) text.replace(at, 22, claims);
  return text;
}

std::optional<Json> requestTemplates(JsonFactory& json, const Event& e) {
  Json templates(rapidjson::kObjectType);
  std::string claims = claimsText(e);
  if (e.integration == "AWS") {
    setMember(templates, "application/json",
              json.str(withClaims(kRestApiJsonRequestTemplate, claims)), json.allocator());
    setMember(templates, "application/x-www-form-urlencoded",
              json.str(withClaims(kRestApiFormRequestTemplate, claims)), json.allocator());
  }
  if (e.requestTemplate && e.requestTemplate->isMap()) {
    for (const auto& entry : e.requestTemplate->entries()) {
      if (entry.value.isNull()) {
        templates.RemoveMember(entry.key.c_str());
      } else {
        setMember(templates, entry.key, json.str(withClaims(entry.value.text(), claims)),
                  json.allocator());
      }
    }
  }
  if (templates.MemberCount() == 0) return std::nullopt;
  return templates;
}

Json integrationRequestParameters(JsonFactory& json, const Event& e) {
  JsonObject out(json);
  for (const auto& [key, value] : e.requestParameters) {
    const Node* mapped = value.isMap() ? value.get("mappedValue") : nullptr;
    Json target = mapped ? json.fromNode(*mapped) : json.str(key);
    out.set("integration." + key.substr(std::string_view("method.").size()), std::move(target));
  }
  if (e.async) out.set("integration.request.header.X-Amz-Invocation-Type", "'Event'");
  return out.take();
}

Json integration(CompileContext& context, const EventRef& ref) {
  JsonFactory& json = context.json();
  const Event& e = ref.event;
  JsonObject out(json);
  if (e.integration == "AWS" || e.integration == "AWS_PROXY") {
    out.set("IntegrationHttpMethod", "POST").set("Type", e.integration);
    out.set("Uri", apigateway::invocationUri(json, context.lambdaTarget(ref.fn)));
  } else if (e.integration == "HTTP" || e.integration == "HTTP_PROXY") {
    std::string method = asciiUpper(e.requestMethod.value_or(e.method));
    out.set("IntegrationHttpMethod", method).set("Type", e.integration);
    if (e.uri) out.set("Uri", json.fromNode(*e.uri));
    if (e.connectionType) {
      out.set("ConnectionType", *e.connectionType);
      if (e.connectionId) out.set("ConnectionId", json.fromNode(*e.connectionId));
    }
  } else {
    out.set("IntegrationHttpMethod", "POST").set("Type", e.integration);
  }
  if (e.integration == "AWS" || e.integration == "HTTP" || e.integration == "MOCK") {
    std::string passThrough = e.passThrough.value_or(e.integration == "AWS" ? "NEVER" : "");
    if (!passThrough.empty()) out.set("PassthroughBehavior", passThrough);
    if (e.contentHandling) out.set("ContentHandling", *e.contentHandling);
    if (auto templates = requestTemplates(json, e)) out.set("RequestTemplates", std::move(*templates));
    out.set("IntegrationResponses", integrationResponses(json, e));
  }
  bool parameters = (e.integration == "AWS" || e.integration == "HTTP" || e.integration == "HTTP_PROXY") &&
                    !e.requestParameters.empty();
  if (parameters || e.async) out.set("RequestParameters", integrationRequestParameters(json, e));
  return out.take();
}

// AuthorizationType and its authorizer, and the DependsOn the authorizer adds.
void authorization(CompileContext& context, const Event& e, JsonObject& properties,
                   std::vector<std::string>& dependsOn) {
  JsonFactory& json = context.json();
  if (!e.authorizer) {
    properties.set("AuthorizationType", "NONE");
    return;
  }
  const Authorizer& a = *e.authorizer;
  std::string type = asciiUpper(a.type);
  if (a.isIam()) {
    properties.set("AuthorizationType", "AWS_IAM");
    return;
  }
  auto setScopes = [&] {
    if (a.scopes && a.scopes->isSeq() && !a.scopes->items().empty())
      properties.set("AuthorizationScopes", json.fromNode(*a.scopes));
  };
  if (a.authorizerId) {
    properties.set("AuthorizationType", type == "TOKEN" || type == "REQUEST" ? std::string("CUSTOM") : a.type);
    properties.set("AuthorizerId", json.fromNode(*a.authorizerId));
    if (type == "COGNITO_USER_POOLS") setScopes();
    return;
  }
  std::string id = naming::restApiAuthorizer(a.name);
  properties.set("AuthorizationType", a.isCognito() ? "COGNITO_USER_POOLS" : "CUSTOM");
  properties.set("AuthorizerId", json.ref(id));
  if (a.isCognito()) setScopes();
  // The reference merges this DependsOn into the method's by index: it replaces the first
  // entry (the permission). By default the permission stays, and the AuthorizerId's Ref orders
  // the authorizer first already.
  if (context.compat()) dependsOn[0] = id;
}

Json requestParameters(JsonFactory& json, const Event& e) {
  JsonObject out(json);
  for (const auto& [key, value] : e.requestParameters) {
    if (value.isMap()) {
      const Node* required = value.get("required");
      out.set(key, required && required->asBool() ? json.boolean(*required->asBool()) : json.boolean(true));
    } else {
      out.set(key, json.fromNode(value));
    }
  }
  return out.take();
}

}  // namespace

void compileMethods(CompileContext& context, std::vector<std::string>& methodIds) {
  JsonFactory& json = context.json();
  for (const auto& ref : events(context.service)) {
    const Event& e = ref.event;
    std::vector<std::string> dependsOn{naming::restApiPermission(ref.fn.key)};
    if (auto alias = context.aliasId(ref.fn)) dependsOn.push_back(*alias);
    std::string verb = asciiUpper(e.method);
    JsonObject properties(json);
    properties.set("HttpMethod", verb)
        .set("RequestParameters", requestParameters(json, e))
        .set("ResourceId", resourceId(context, e.path))
        .set("RestApiId", restApiId(context));
    if (e.operationId) properties.set("OperationName", *e.operationId);
    properties.set("ApiKeyRequired", json.boolean(e.isPrivate));
    authorization(context, e, properties, dependsOn);
    properties.set("Integration", integration(context, ref));
    properties.set("MethodResponses", methodResponses(json, e));
    std::string id = naming::restApiMethod(e.path, e.method);
    methodIds.push_back(id);
    Json method = JsonObject(json)
                      .set("Type", "AWS::ApiGateway::Method")
                      .set("Properties", properties.take())
                      .set("DependsOn", json.strings(dependsOn))
                      .take();
    context.out.addResource(id, std::move(method), e.at);
  }
}

}  // namespace slsc::http
