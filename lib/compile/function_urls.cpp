// functions: a function URL (`url:`), its public-invoke permission and its output.
#include <algorithm>

#include "compile/units.h"
#include "source/js_scalars.h"
#include "naming/naming.h"

namespace slsc {
namespace {

// A CORS list: the user's without repeats, the default when absent, nothing when set to null.
std::optional<Json> corsList(JsonFactory& json, const Node& cors, const char* key,
                             const std::vector<std::string>& fallback) {
  const MapEntry* e = cors.isMap() ? cors.entry(key) : nullptr;
  if (e && e->value.isNull()) return std::nullopt;
  if (!e || !e->value.isSeq()) {
    if (fallback.empty()) return std::nullopt;
    return json.strings(fallback);
  }
  std::vector<std::string> unique;
  std::vector<Json> items;
  for (const auto& item : e->value.items()) {
    if (item.isScalar()) {
      if (std::find(unique.begin(), unique.end(), item.text()) != unique.end()) continue;
      unique.push_back(item.text());
    }
    items.push_back(json.fromNode(item));
  }
  return json.array(std::move(items));
}

Json cors(JsonFactory& json, const Node& cors) {
  JsonObject out(json);
  const Node* credentials = cors.isMap() ? cors.get("allowCredentials") : nullptr;
  if (credentials && coercedBool(*credentials) == std::optional<bool>(true))
    out.set("AllowCredentials", Json(true));
  if (auto headers = corsList(json, cors, "allowedHeaders",
                              {"Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key",
                               "X-Amz-Security-Token", "X-Amzn-Trace-Id"}))
    out.set("AllowHeaders", std::move(*headers));
  if (auto methods = corsList(json, cors, "allowedMethods", {"*"}))
    out.set("AllowMethods", std::move(*methods));
  if (auto origins = corsList(json, cors, "allowedOrigins", {"*"}))
    out.set("AllowOrigins", std::move(*origins));
  if (auto exposed = corsList(json, cors, "exposedResponseHeaders", {}))
    out.set("ExposeHeaders", std::move(*exposed));
  const Node* maxAge = cors.isMap() ? cors.get("maxAge") : nullptr;
  if (maxAge && !maxAge->isNull()) out.set("MaxAge", json.fromNode(asNumberNode(*maxAge)));
  return out.take();
}

const Node* setting(const Node& url, const char* key) {
  const Node* value = url.isMap() ? url.get(key) : nullptr;
  return value && !value->isNull() ? value : nullptr;
}

void addDependsOnAlias(CompileContext& context, const Function& fn, JsonObject& resource) {
  if (auto alias = context.aliasId(fn)) resource.set("DependsOn", *alias);
}

void compileUrl(CompileContext& context, const Function& fn, const Node& url) {
  JsonFactory& json = context.json();
  const Node* authorizer = setting(url, "authorizer");
  bool iam = authorizer && authorizer->isScalar() && authorizer->text() == "aws_iam";
  std::string_view auth = iam ? "AWS_IAM" : "NONE";
  JsonObject properties(json);
  properties.set("AuthType", auth).set("TargetFunctionArn", context.lambdaTarget(fn));
  const Node* corsSetting = setting(url, "cors");
  if (isSet(corsSetting))
    properties.set("Cors", cors(json, *corsSetting));
  const Node* invokeMode = setting(url, "invokeMode");
  if (invokeMode && invokeMode->isScalar() && invokeMode->text() == "RESPONSE_STREAM")
    properties.set("InvokeMode", "RESPONSE_STREAM");
  std::string id = naming::lambdaFunctionUrl(fn.key);
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Url").set("Properties", properties.take());
  addDependsOnAlias(context, fn, resource);
  context.out.addResource(id, resource.take(), url.location());
  context.addGeneratedOutput(id,
                             JsonObject(json)
                                 .set("Description", "Lambda Function URL")
                                 .set("Value", json.getAtt(id, "FunctionUrl"))
                                 .take(),
                             url.location());
  if (iam) return;
  JsonObject permission(json);
  permission.set("Type", "AWS::Lambda::Permission")
      .set("Properties", JsonObject(json)
                             .set("FunctionName", context.lambdaTarget(fn))
                             .set("Action", "lambda:InvokeFunctionUrl")
                             .set("Principal", "*")
                             .set("FunctionUrlAuthType", auth)
                             .take());
  addDependsOnAlias(context, fn, permission);
  context.out.addResource(naming::lambdaFunctionUrlPermission(fn.key), permission.take(),
                          url.location());
}

}  // namespace

void compileFunctionUrls(CompileContext& context) {
  for (const auto& fn : context.service.functions)
    if (fn.url) compileUrl(context, fn, *fn.url);
}

}  // namespace slsc
