// httpApi: the AWS::ApiGatewayV2::Api (with its CORS configuration), the access log group,
// the $default stage (auto-deployed) and the outputs. An existing API brings its own.
#include "events/http_api/common.h"
#include "events/http_api/units.h"
#include "naming/http_api.h"

namespace slsc::httpapi {
namespace {

Json corsConfiguration(CompileContext& context) {
  JsonFactory& json = context.json();
  const Cors& cors = model(context.service).settings.cors;
  JsonObject out(json);
  if (cors.allowCredentials) out.set("AllowCredentials", json.boolean(true));
  out.set("AllowHeaders", json.strings(cors.allowedHeaders))
      .set("AllowMethods", json.strings(corsMethods(context.service)))
      .set("AllowOrigins", json.strings(cors.allowedOrigins));
  if (cors.exposedResponseHeaders) out.set("ExposeHeaders", json.strings(*cors.exposedResponseHeaders));
  if (cors.maxAge) out.set("MaxAge", json.fromNode(*cors.maxAge));
  return out.take();
}

std::string apiName(const Service& service, const Provider& p) {
  const Settings& s = model(service).settings;
  if (s.name) return *s.name;
  return s.shouldStartNameWithService ? service.name + "-" + p.stage : p.stage + "-" + service.name;
}

}  // namespace

void compileApi(CompileContext& context) {
  if (usesExistingApi(context.service)) return;
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  JsonObject properties(json);
  properties.set("Name", apiName(context.service, context.provider)).set("ProtocolType", "HTTP");
  if (s.disableDefaultEndpoint) properties.set("DisableExecuteApiEndpoint", json.boolean(*s.disableDefaultEndpoint));
  if (!context.provider.tags.empty()) properties.set("Tags", apigateway::tagMap(json, context.provider.tags));
  if (s.cors.enabled) properties.set("CorsConfiguration", corsConfiguration(context));
  context.out.addResource(std::string(naming::kHttpApi),
                          resource(json, "AWS::ApiGatewayV2::Api", properties.take()), s.at);
}

void compileLogGroup(CompileContext& context) {
  const Settings& s = model(context.service).settings;
  if (!s.logFormat) return;
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  JsonObject properties(json);
  properties.set("LogGroupName", "/aws/http-api/" + stackName(context.service));
  if (p.logRetentionInDays) properties.set("RetentionInDays", json.num(*p.logRetentionInDays));
  if (p.logDataProtectionPolicy) properties.set("DataProtectionPolicy", json.fromNode(*p.logDataProtectionPolicy));
  context.out.addResource(std::string(naming::kHttpApiLogGroup),
                          resource(json, "AWS::Logs::LogGroup", properties.take()), s.logsAt);
}

void compileStage(CompileContext& context) {
  if (usesExistingApi(context.service)) return;
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  JsonObject properties(json);
  properties.set("ApiId", json.ref(naming::kHttpApi))
      .set("StageName", "$default")
      .set("AutoDeploy", json.boolean(true))
      .set("DefaultRouteSettings",
           JsonObject(json).set("DetailedMetricsEnabled", json.boolean(s.metrics)).take());
  if (!context.provider.tags.empty()) properties.set("Tags", apigateway::tagMap(json, context.provider.tags));
  std::vector<std::string> dependsOn;
  if (s.logFormat) {
    properties.set("AccessLogSettings",
                   JsonObject(json)
                       .set("DestinationArn", json.getAtt(naming::kHttpApiLogGroup, "Arn"))
                       .set("Format", *s.logFormat)
                       .take());
    // The GetAtt orders the deploy already; the reference lists the log group as well.
    if (context.compat()) dependsOn.emplace_back(naming::kHttpApiLogGroup);
  }
  context.out.addResource(std::string(naming::kHttpApiStage),
                          resource(json, "AWS::ApiGatewayV2::Stage", properties.take(), std::move(dependsOn)),
                          s.at);
  context.addGeneratedOutput(std::string(naming::kHttpApiIdOutput),
                             JsonObject(json)
                                 .set("Description", "Id of the HTTP API")
                                 .set("Value", json.ref(naming::kHttpApi))
                                 .take(),
                             s.at);
  std::vector<Json> url;
  url.push_back(json.str("https://"));
  url.push_back(json.ref(naming::kHttpApi));
  url.push_back(json.str(".execute-api."));
  url.push_back(json.ref("AWS::Region"));
  url.push_back(json.str("."));
  url.push_back(json.ref("AWS::URLSuffix"));
  context.addGeneratedOutput(std::string(naming::kHttpApiUrlOutput),
                             JsonObject(json)
                                 .set("Description", "URL of the HTTP API")
                                 .set("Value", json.join("", std::move(url)))
                                 .take(),
                             s.at);
}

}  // namespace slsc::httpapi
