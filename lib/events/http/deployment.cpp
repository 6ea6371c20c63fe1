// http: the deployment of the REST API and the ServiceEndpoint output. The deployment's id
// digests the API's parts (the reference's changes at every compile: the instance id), so that
// CloudFormation deploys the API again exactly when the API changes. By default the stage's
// settings (logs, tracing, tags, metrics) are in the deployment's StageDescription: the
// reference sets them through the SDK after the deploy, which a template alone loses.
#include <fmt/format.h>

#include "compile/hash.h"
#include "events/apigateway/cloudwatch_role.h"
#include "events/http/common.h"
#include "events/http/units.h"
#include "model/fields.h"
#include "naming/apigateway.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

const char* kDefaultLogFormat =
    "requestId: $context.requestId, ip: $context.identity.sourceIp, caller: "
    "$context.identity.caller, user: $context.identity.user, requestTime: $context.requestTime, "
    "httpMethod: $context.httpMethod, resourcePath: $context.resourcePath, status: "
    "$context.status, protocol: $context.protocol, responseLength: $context.responseLength";

std::string stageName(const Service& service) {
  return model(service).settings.stage.value_or(service.provider.stage);
}

bool isApiPart(std::string_view id) {
  return id == naming::kRestApi || id.rfind("ApiGatewayResource", 0) == 0 ||
         id.rfind("ApiGatewayMethod", 0) == 0 ||
         (id.size() > 20 && id.substr(id.size() - 20) == "ApiGatewayAuthorizer");
}

// provider.stackTags and provider.tags, the latter winning, as the reference tags the stage.
std::vector<MapEntry> stageTags(const Provider& p) {
  std::vector<MapEntry> tags = p.stackTags;
  assignEntries(tags, p.tags);
  return tags;
}

// What the reference's SDK step sets on the stage, as a StageDescription; nothing when there is
// nothing to set.
std::optional<Json> stageDescription(CompileContext& context) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  auto tags = stageTags(context.provider);
  if (!s.logs.enabled && !s.tracing && tags.empty() && !s.metrics) return std::nullopt;
  JsonObject out(json);
  if (s.logs.enabled) {
    const Logs& logs = s.logs;
    if (logs.accessLogging)
      out.set("AccessLogSetting",
              JsonObject(json)
                  .set("DestinationArn", json.getAtt(naming::kRestApiLogGroup, "Arn"))
                  .set("Format", logs.format.value_or(kDefaultLogFormat))
                  .take());
    out.set("LoggingLevel", logs.executionLogging ? logs.level : std::string("OFF"));
    out.set("DataTraceEnabled", json.boolean(logs.fullExecutionData));
  }
  if (s.tracing) out.set("TracingEnabled", json.boolean(true));
  if (s.metrics) out.set("MetricsEnabled", json.boolean(true));
  if (!tags.empty()) {
    std::vector<Json> items;
    for (const auto& tag : tags)
      items.push_back(JsonObject(json).set("Key", tag.key).set("Value", json.fromNode(tag.value)).take());
    out.set("Tags", json.array(std::move(items)));
  }
  return out.take();
}

}  // namespace

std::string deploymentId(CompileContext& context) {
  Sha256 digest;
  for (const auto& entry : context.out.resources().entries())
    if (isApiPart(entry.id)) digest.update(entry.id).update("=").update(entry.value).update("\n");
  if (usesExistingApi(context.service)) digest.update("api=").update(restApiId(context));
  if (auto description = stageDescription(context)) digest.update("stage=").update(*description);
  return naming::restApiDeployment(digest.base64());
}

void compileDeployment(CompileContext& context, const std::string& id,
                       const std::vector<std::string>& methodIds) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  JsonObject properties(json);
  properties.set("RestApiId", restApiId(context)).set("StageName", stageName(context.service));
  if (s.description) properties.set("Description", *s.description);
  if (!context.compat())
    if (auto description = stageDescription(context))
      properties.set("StageDescription", std::move(*description));
  std::vector<std::string> dependsOn = methodIds;
  // Stage logging needs the account's CloudWatch role first (API Gateway refuses it without).
  if (!context.compat() && s.logs.enabled && !usesExistingApi(context.service) &&
      !context.service.events.apiGateway.cloudWatchRoleManagedExternally)
    dependsOn.emplace_back(naming::kCloudWatchRoleCustomResource);
  Json deployment = JsonObject(json)
                        .set("Type", "AWS::ApiGateway::Deployment")
                        .set("Properties", properties.take())
                        .set("DependsOn", json.strings(dependsOn))
                        .take();
  context.out.addResource(id, std::move(deployment), context.serviceLocation());
  Json output =
      JsonObject(json)
          .set("Description", "URL of the service endpoint")
          .set("Value", apigateway::executeApiUrl(json, "https", restApiId(context), context.provider.stage))
          .take();
  context.addGeneratedOutput(std::string(naming::kServiceEndpointOutput), std::move(output),
                             context.serviceLocation());
}

// The access log group, and the account's CloudWatch role that API Gateway logs through.
void compileStage(CompileContext& context) {
  const Settings& s = model(context.service).settings;
  const Logs& logs = s.logs;
  if (context.compat() && (logs.enabled || s.tracing || !stageTags(context.provider).empty()))
    context.out.diagnostics().warning(
        logs.enabled ? logs.at : (s.tracing ? s.tracingAt : context.provider.at),
        "http-stage-settings-by-sdk",
        "the REST API stage's logs, tracing and tags are set by the Serverless Framework through "
        "the AWS SDK after it deploys, not by the template: deploying this template alone "
        "leaves them unset (the default mode writes them into the template)");
  if (!logs.enabled || !logs.accessLogging || usesExistingApi(context.service)) return;
  const Service& service = context.service;
  context.out.addResource(
      std::string(naming::kRestApiLogGroup),
      apigateway::logGroup(context, fmt::format("/aws/api-gateway/{}-{}", service.name,
                                                service.provider.stage)),
      logs.at);
  apigateway::compileAccountCloudWatchRole(context, logs.at);
}

}  // namespace slsc::http
