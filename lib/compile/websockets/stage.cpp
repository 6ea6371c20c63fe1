// websockets: the stage (with execution and access logging when provider.logs.websocket asks
// for it) and the log group access logs go to. An existing API brings its own stage.
#include "compile/units.h"
#include "compile/websockets/common.h"
#include "naming/naming.h"

namespace slsc {
namespace {

const char* kDefaultLogFormat =
    "$context.identity.sourceIp $context.identity.caller $context.identity.user "
    "[$context.requestTime] \"$context.eventType $context.routeKey $context.connectionId\" "
    "$context.requestId";

void addLogSettings(CompileContext& context, JsonObject& properties) {
  const WebsocketLogs& logs = context.provider.websocketLogs;
  JsonFactory& json = context.json();
  std::string level = !logs.executionLogging ? "OFF" : logs.level.value_or("INFO");
  properties.set("DefaultRouteSettings",
                 JsonObject(json)
                     .set("DataTraceEnabled", json.boolean(logs.fullExecutionData))
                     .set("LoggingLevel", level)
                     .take());
  if (!logs.accessLogging) return;
  std::string destination = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${" +
                            std::string(naming::kWebsocketsLogGroup) + "}";
  properties.set("AccessLogSettings", JsonObject(json)
                                          .set("DestinationArn", json.sub(destination))
                                          .set("Format", logs.format.value_or(kDefaultLogFormat))
                                          .take());
}

Json logGroup(CompileContext& context) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("LogGroupName",
                 "/aws/websocket/" + context.service.name + "-" + context.provider.stage);
  if (context.provider.logRetentionInDays)
    properties.set("RetentionInDays", json.num(*context.provider.logRetentionInDays));
  if (context.provider.logDataProtectionPolicy)
    properties.set("DataProtectionPolicy", json.fromNode(*context.provider.logDataProtectionPolicy));
  return JsonObject(json)
      .set("Type", "AWS::Logs::LogGroup")
      .set("Properties", properties.take())
      .take();
}

}  // namespace

void compileWebsocketsStage(CompileContext& context, const std::string& deploymentId) {
  if (context.usesExistingWebsocketApi()) return;
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  JsonObject properties(json);
  properties.set("ApiId", context.websocketApiId())
      .set("StageName", p.stage)
      .set("Description", p.websocketsDescription.value_or("Serverless Websockets"));
  if (p.websocketLogs.enabled) addLogSettings(context, properties);
  properties.set("DeploymentId", json.ref(deploymentId));
  context.out.addResource(std::string(naming::kWebsocketsStage),
                          websockets::resource(json, "AWS::ApiGatewayV2::Stage", properties.take()),
                          context.serviceLocation());
  if (!p.websocketLogs.enabled) return;
  context.out.addResource(std::string(naming::kWebsocketsLogGroup), logGroup(context),
                          p.websocketLogs.at);
}

}  // namespace slsc
