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

void addLogging(JsonFactory& json, const Logs& logs, JsonObject& settings) {
  if (!logs.enabled) return;
  std::string level = !logs.executionLogging ? "OFF" : logs.level.value_or("INFO");
  settings.set("DataTraceEnabled", json.boolean(logs.fullExecutionData)).set("LoggingLevel", level);
}

// The stage's DefaultRouteSettings: execution logging (provider.logs.websocket), detailed
// metrics and throttling (provider.websocket), each when asked for. Throttling left out is
// the account's (CloudFormation writes no zeros; see the README).
void addDefaultRouteSettings(CompileContext& context, JsonObject& properties) {
  const Settings& s = model(context.service).settings;
  JsonFactory& json = context.json();
  if (!s.logs.enabled && !s.throttleBurstLimit && !s.detailedMetrics) return;
  JsonObject settings(json);
  addLogging(json, s.logs, settings);
  if (s.detailedMetrics) settings.set("DetailedMetricsEnabled", json.boolean(*s.detailedMetrics));
  if (s.throttleBurstLimit && s.throttleRateLimit)
    settings.set("ThrottlingBurstLimit", json.fromNode(*s.throttleBurstLimit))
        .set("ThrottlingRateLimit", json.fromNode(*s.throttleRateLimit));
  properties.set("DefaultRouteSettings", settings.take());
}

// RouteSettings: each route's own throttling and metrics (sls-compile's), with the stage's
// logging, throttling and metrics where the route sets none, so that a route's settings never
// read as those turned off.
void addRouteSettings(CompileContext& context, JsonObject& properties) {
  const Settings& s = model(context.service).settings;
  JsonFactory& json = context.json();
  JsonObject routes(json);
  bool any = false;
  for (const auto& [fn, event] : events(context.service)) {
    if (!event.settings) continue;
    const RouteSettings& r = *event.settings;
    JsonObject settings(json);
    addLogging(json, s.logs, settings);
    if (auto metrics = r.detailedMetrics ? r.detailedMetrics : s.detailedMetrics)
      settings.set("DetailedMetricsEnabled", json.boolean(*metrics));
    const auto& burst = r.burstLimit ? r.burstLimit : s.throttleBurstLimit;
    const auto& rate = r.rateLimit ? r.rateLimit : s.throttleRateLimit;
    if (burst && rate)
      settings.set("ThrottlingBurstLimit", json.fromNode(*burst))
          .set("ThrottlingRateLimit", json.fromNode(*rate));
    routes.set(event.route.value, settings.take());
    any = true;
  }
  if (any) properties.set("RouteSettings", routes.take());
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
  addDefaultRouteSettings(context, properties);
  addRouteSettings(context, properties);
  if (s.logs.enabled) addLogSettings(context, properties);
  if (!s.stageVariables.empty()) {
    JsonObject variables(json);
    for (const auto& e : s.stageVariables) variables.set(e.key, json.fromNode(e.value));
    properties.set("StageVariables", variables.take());
  }
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
