// http: the CORS preflight of each path, an OPTIONS method with a MOCK integration that answers
// with the merged CORS headers of the path's events.
#include <fmt/format.h>

#include <algorithm>

#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

// 'text', as API Gateway's header mappings write literal values.
std::string quoted(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The preflight's headers, as (header, value) in the reference's order.
std::vector<std::pair<std::string, std::string>> preflightHeaders(const Cors& config,
                                                                  std::vector<std::string>& origins) {
  std::string origin = config.origin.value_or("undefined");
  origins = config.origins;
  if (config.origin && config.origin->find(',') != std::string::npos) {
    origins.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= origin.size(); ++i) {
      if (i != origin.size() && origin[i] != ',') continue;
      std::string part = origin.substr(start, i - start);
      part.erase(0, part.find_first_not_of(" \t"));
      part.erase(part.find_last_not_of(" \t") + 1);
      origins.push_back(part);
      start = i + 1;
    }
  }
  if (!origins.empty()) origin = origins.front();
  std::string methods = joined(config.methods, ",");
  if (std::find(config.methods.begin(), config.methods.end(), "ANY") != config.methods.end())
    methods.replace(methods.find("ANY"), 3, "DELETE,GET,HEAD,PATCH,POST,PUT");
  std::vector<std::pair<std::string, std::string>> headers = {
      {"Access-Control-Allow-Origin", quoted(origin)},
      {"Access-Control-Allow-Headers", quoted(joined(config.headers, ","))},
      {"Access-Control-Allow-Methods", quoted(methods)}};
  if (config.allowCredentials) headers.emplace_back("Access-Control-Allow-Credentials", "'true'");
  if (config.maxAge) headers.emplace_back("Access-Control-Max-Age", fmt::format("'{}'", *config.maxAge));
  if (config.cacheControl) headers.emplace_back("Cache-Control", quoted(*config.cacheControl));
  return headers;
}

// The allowed origins as Java regular expressions ('.' literal, the first '*' any text), and a
// response template that answers with the request's origin when one matches.
std::string originTemplate(const std::vector<std::string>& origins) {
  std::string out =
      "#set($origin = $input.params(\"Origin\"))\n"
      "#if($origin == \"\") #set($origin = $input.params(\"origin\")) #end\n#if(";
  for (std::size_t i = 0; i < origins.size(); ++i) {
    std::string regex;
    for (char c : origins[i]) regex += c == '.' ? std::string("[.]") : std::string(1, c);
    if (auto star = regex.find('*'); star != std::string::npos) regex.replace(star, 1, ".+");
    out += "$origin.matches(\"" + regex + "\")" + (i + 1 < origins.size() ? " || " : "");
  }
  return out + ") #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin) #end";
}

}  // namespace

void compileCors(CompileContext& context, std::vector<std::string>& methodIds) {
  JsonFactory& json = context.json();
  for (const auto& [path, config] : corsPreflights(context.service)) {
    std::vector<std::string> origins;
    auto headers = preflightHeaders(config, origins);
    JsonObject declared(json);
    JsonObject values(json);
    for (const auto& [header, value] : headers) {
      declared.set("method.response.header." + header, json.boolean(true));
      values.set("method.response.header." + header, value);
    }
    Json methodResponse = JsonObject(json)
                              .set("StatusCode", "200")
                              .set("ResponseParameters", declared.take())
                              .set("ResponseModels", Json(rapidjson::kObjectType))
                              .take();
    std::vector<Json> methodResponses;
    methodResponses.push_back(std::move(methodResponse));
    Json integrationResponse =
        JsonObject(json)
            .set("StatusCode", "200")
            .set("ResponseParameters", values.take())
            .set("ResponseTemplates",
                 JsonObject(json)
                     .set("application/json", origins.empty() ? "" : originTemplate(origins))
                     .take())
            .take();
    std::vector<Json> integrationResponses;
    integrationResponses.push_back(std::move(integrationResponse));
    Json integration =
        JsonObject(json)
            .set("Type", "MOCK")
            .set("RequestTemplates", JsonObject(json).set("application/json", "{statusCode:200}").take())
            .set("ContentHandling", "CONVERT_TO_TEXT")
            .set("IntegrationResponses", json.array(std::move(integrationResponses)))
            .take();
    Json properties = JsonObject(json)
                          .set("AuthorizationType", "NONE")
                          .set("HttpMethod", "OPTIONS")
                          .set("MethodResponses", json.array(std::move(methodResponses)))
                          .set("RequestParameters", Json(rapidjson::kObjectType))
                          .set("Integration", std::move(integration))
                          .set("ResourceId", resourceId(context, path))
                          .set("RestApiId", restApiId(context))
                          .take();
    std::string id = naming::restApiMethod(path, "options");
    methodIds.push_back(id);
    context.out.addResource(id, resource(json, "AWS::ApiGateway::Method", std::move(properties)),
                            context.serviceLocation());
  }
}

}  // namespace slsc::http
