// websocket: the custom domain (sls-compile's) — a regional AWS::ApiGatewayV2::DomainName with
// its certificate (given, or created and validated by DNS in the hosted zone), the API mapping
// to this stage, the Route 53 alias records, and the outputs: the domain's wss:// URL and the
// management endpoint handlers must post to (@connections through a custom domain is denied).
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

Json certificate(CompileContext& context, const Domain& domain) {
  JsonFactory& json = context.json();
  std::vector<Json> validation;
  validation.push_back(JsonObject(json)
                           .set("DomainName", domain.name)
                           .set("HostedZoneId", json.fromNode(*domain.hostedZoneId))
                           .take());
  Json properties = JsonObject(json)
                        .set("DomainName", domain.name)
                        .set("ValidationMethod", "DNS")
                        .set("DomainValidationOptions", json.array(std::move(validation)))
                        .take();
  return resource(json, "AWS::CertificateManager::Certificate", std::move(properties));
}

Json domainName(CompileContext& context, const Domain& domain) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  Json arn = domain.certificateArn ? json.fromNode(*domain.certificateArn)
                                   : json.ref(naming::kWebsocketsDomainCertificate);
  JsonObject configuration(json);
  configuration.set("CertificateArn", std::move(arn))
      .set("EndpointType", "REGIONAL")
      .set("SecurityPolicy", domain.securityPolicy);
  // An AAAA record resolves only when the domain answers IPv6 too.
  if (domain.hostedZoneId && domain.createIpv6Record) configuration.set("IpAddressType", "dualstack");
  std::vector<Json> configurations;
  configurations.push_back(configuration.take());
  JsonObject properties(json);
  properties.set("DomainName", domain.name)
      .set("DomainNameConfigurations", json.array(std::move(configurations)));
  if (domain.truststoreUri) {
    JsonObject tls(json);
    tls.set("TruststoreUri", json.fromNode(*domain.truststoreUri));
    if (domain.truststoreVersion) tls.set("TruststoreVersion", json.fromNode(*domain.truststoreVersion));
    properties.set("MutualTlsAuthentication", tls.take());
  }
  if (s.useProviderTags && !context.provider.tags.empty())
    properties.set("Tags", apigateway::tagMap(json, context.provider.tags));
  return resource(json, "AWS::ApiGatewayV2::DomainName", properties.take());
}

// The mapping waits for the stage: its own, or for an existing API the one its deployment makes.
Json apiMapping(CompileContext& context, const Domain& domain, const std::string& deploymentId) {
  JsonFactory& json = context.json();
  bool existing = usesExistingApi(context.service);
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("DomainName", json.ref(naming::kWebsocketsDomainName))
      .set("Stage", existing ? json.str(context.provider.stage) : json.ref(naming::kWebsocketsStage));
  if (domain.basePath) properties.set("ApiMappingKey", *domain.basePath);
  std::vector<std::string> dependsOn;
  if (existing) dependsOn.push_back(deploymentId);
  return resource(json, "AWS::ApiGatewayV2::ApiMapping", properties.take(), std::move(dependsOn));
}

Json aliasRecord(CompileContext& context, const Domain& domain, const char* type) {
  JsonFactory& json = context.json();
  std::string id(naming::kWebsocketsDomainName);
  Json target = JsonObject(json)
                    .set("DNSName", json.getAtt(id, "RegionalDomainName"))
                    .set("HostedZoneId", json.getAtt(id, "RegionalHostedZoneId"))
                    .set("EvaluateTargetHealth", json.boolean(false))
                    .take();
  Json properties = JsonObject(json)
                        .set("HostedZoneId", json.fromNode(*domain.hostedZoneId))
                        .set("Name", domain.name)
                        .set("Type", type)
                        .set("AliasTarget", std::move(target))
                        .take();
  return resource(json, "AWS::Route53::RecordSet", std::move(properties));
}

void addOutputs(CompileContext& context, const Domain& domain) {
  JsonFactory& json = context.json();
  std::string url = "wss://" + domain.name + (domain.basePath ? "/" + *domain.basePath : "");
  context.addGeneratedOutput(std::string(naming::kWebsocketDomainOutput),
                             JsonObject(json)
                                 .set("Description", "URL of the websocket API's custom domain")
                                 .set("Value", url)
                                 .take(),
                             domain.at);
  context.addGeneratedOutput(
      std::string(naming::kWebsocketManagementOutput),
      JsonObject(json)
          .set("Description",
               "Where handlers post to connections (@connections): the API's own endpoint, "
               "since a custom domain denies it")
          .set("Value", managementEndpoint(context))
          .take(),
      domain.at);
}

}  // namespace

void compileDomain(CompileContext& context, const std::string& deploymentId) {
  const auto& domain = model(context.service).settings.domain;
  if (!domain) return;
  if (!domain->certificateArn)
    context.out.addResource(std::string(naming::kWebsocketsDomainCertificate),
                            certificate(context, *domain), domain->at);
  context.out.addResource(std::string(naming::kWebsocketsDomainName), domainName(context, *domain),
                          domain->at);
  context.out.addResource(std::string(naming::kWebsocketsApiMapping),
                          apiMapping(context, *domain, deploymentId), domain->at);
  if (domain->hostedZoneId && domain->createRecord)
    context.out.addResource(std::string(naming::kWebsocketsDomainRecord),
                            aliasRecord(context, *domain, "A"), domain->at);
  if (domain->hostedZoneId && domain->createIpv6Record)
    context.out.addResource(std::string(naming::kWebsocketsDomainRecordIpv6),
                            aliasRecord(context, *domain, "AAAA"), domain->at);
  addOutputs(context, *domain);
}

}  // namespace slsc::websockets
