// The ARNs API Gateway families share.
#include "events/apigateway/arns.h"

#include "compile/context.h"

#include <string>
#include <vector>

namespace slsc::apigateway {

Json apiId(JsonFactory& json, const ApiRef& api) {
  if (api.existing) return json.fromNode(*api.existing);
  return json.ref(api.logicalId);
}

namespace {

// arn:<partition>:<service>:<region><rest...>, joined.
Json regionalArn(JsonFactory& json, std::string_view service, std::vector<Json> rest) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  std::string between(":");
  between.append(service).append(":");
  parts.push_back(json.str(between));
  parts.push_back(json.ref("AWS::Region"));
  for (auto& part : rest) parts.push_back(std::move(part));
  return json.join("", std::move(parts));
}

}  // namespace

Json invocationUri(JsonFactory& json, Json target) {
  std::vector<Json> rest;
  rest.push_back(json.str(":lambda:path/2015-03-31/functions/"));
  rest.push_back(std::move(target));
  rest.push_back(json.str("/invocations"));
  return regionalArn(json, "apigateway", std::move(rest));
}

Json tagMap(JsonFactory& json, const std::vector<MapEntry>& tags) {
  JsonObject out(json);
  for (const auto& e : tags) out.set(e.key, json.fromNode(e.value));
  return out.take();
}

Json executeApiUrl(JsonFactory& json, std::string_view scheme, Json apiId, std::string_view stage) {
  std::string start(scheme);
  start.append("://");
  std::string path("/");
  path.append(stage);
  std::vector<Json> parts;
  parts.push_back(json.str(start));
  parts.push_back(std::move(apiId));
  parts.push_back(json.str(".execute-api."));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str("."));
  parts.push_back(json.ref("AWS::URLSuffix"));
  parts.push_back(json.str(path));
  return json.join("", std::move(parts));
}

Json joinedExecuteApiArn(JsonFactory& json, Json apiId, std::string_view suffix) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":execute-api:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":"));
  parts.push_back(json.ref("AWS::AccountId"));
  parts.push_back(json.str(":"));
  parts.push_back(std::move(apiId));
  parts.push_back(json.str(suffix));
  return json.join("", std::move(parts));
}

Json invokePermission(JsonFactory& json, Json functionName, Json sourceArn,
                      std::vector<std::string> dependsOn) {
  Json properties = JsonObject(json)
                        .set("FunctionName", std::move(functionName))
                        .set("Action", "lambda:InvokeFunction")
                        .set("Principal", "apigateway.amazonaws.com")
                        .set("SourceArn", std::move(sourceArn))
                        .take();
  return resource(json, "AWS::Lambda::Permission", std::move(properties), std::move(dependsOn));
}

Json executeApiArn(JsonFactory& json, const ApiRef& api, std::string_view suffix) {
  std::string prefix = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:";
  if (!api.existing)
    return json.sub(prefix + "${" + std::string(api.logicalId) + "}" + std::string(suffix));
  const Node& id = *api.existing;
  if (id.isScalar()) return json.sub(prefix + id.text() + std::string(suffix));
  std::vector<Json> rest;
  rest.push_back(json.str(":"));
  rest.push_back(json.ref("AWS::AccountId"));
  rest.push_back(json.str(":"));
  rest.push_back(json.fromNode(id));
  rest.push_back(json.str(suffix));
  return regionalArn(json, "execute-api", std::move(rest));
}

Json resource(JsonFactory& json, std::string_view type, Json properties,
              std::vector<std::string> dependsOn) {
  JsonObject out(json);
  out.set("Type", type);
  if (!dependsOn.empty()) {
    std::vector<Json> ids;
    for (const auto& id : dependsOn) ids.push_back(json.str(id));
    out.set("DependsOn", json.array(std::move(ids)));
  }
  return out.set("Properties", std::move(properties)).take();
}

Json logGroup(CompileContext& context, const std::string& name) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  JsonObject properties(json);
  properties.set("LogGroupName", name);
  if (p.logRetentionInDays) properties.set("RetentionInDays", json.num(*p.logRetentionInDays));
  if (p.logDataProtectionPolicy)
    properties.set("DataProtectionPolicy", json.fromNode(*p.logDataProtectionPolicy));
  return resource(json, "AWS::Logs::LogGroup", properties.take());
}

}  // namespace slsc::apigateway
