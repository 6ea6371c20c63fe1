// websocket: the stage (with execution and access logging when provider.logs.websocket asks
// for it) and the log group access logs go to. An existing API brings its own stage.
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

const char* kDefaultLogFormat =
    "$context.identity.sourceIp $context.identity.caller $context.identity.user "
    "[$context.requestTime] \"$context.eventType $context.routeKey $context.connectionId\" "
    "$context.requestId";

// The stage's DefaultRouteSettings: execution logging (provider.logs.websocket) and
// throttling (provider.websocket.throttle), each when asked for.
void addRouteSettings(CompileContext& context, JsonObject& properties) {
  const Settings& s = model(context.service).settings;
  const Logs& logs = s.logs;
  JsonFactory& json = context.json();
  if (!logs.enabled && !s.throttleBurstLimit) return;
  JsonObject settings(json);
  if (logs.enabled) {
    std::string level = !logs.executionLogging ? "OFF" : logs.level.value_or("INFO");
    settings.set("DataTraceEnabled", json.boolean(logs.fullExecutionData)).set("LoggingLevel", level);
  }
  if (s.throttleBurstLimit && s.throttleRateLimit)
    settings.set("ThrottlingBurstLimit", json.fromNode(*s.throttleBurstLimit))
        .set("ThrottlingRateLimit", json.fromNode(*s.throttleRateLimit));
  properties.set("DefaultRouteSettings", settings.take());
}

void addLogSettings(CompileContext& context, JsonObject& properties) {
  const Logs& logs = model(context.service).settings.logs;
  JsonFactory& json = context.json();
  if (!logs.accessLogging) return;
  std::string destination = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${" +
                            std::string(naming::kWebsocketsLogGroup) + "}";
  properties.set("AccessLogSettings", JsonObject(json)
                                          .set("DestinationArn", json.sub(destination))
                                          .set("Format", logs.format.value_or(kDefaultLogFormat))
                                          .take());
}

}  // namespace

void compileStage(CompileContext& context, const std::string& deploymentId) {
  if (usesExistingApi(context.service)) return;
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  const Settings& s = model(context.service).settings;
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("StageName", p.stage)
      .set("Description", s.description.value_or("Serverless Websockets"));
  addRouteSettings(context, properties);
  if (s.logs.enabled) addLogSettings(context, properties);
  properties.set("DeploymentId", json.ref(deploymentId));
  context.out.addResource(std::string(naming::kWebsocketsStage),
                          resource(json, "AWS::ApiGatewayV2::Stage", properties.take()),
                          context.serviceLocation());
  if (!s.logs.enabled) return;
  context.out.addResource(
      std::string(naming::kWebsocketsLogGroup),
      apigateway::logGroup(context, "/aws/websocket/" + context.service.name + "-" + p.stage),
      s.logs.at);
}

}  // namespace slsc::websockets
