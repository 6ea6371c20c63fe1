// kafka: the family's row: a mapping per event, and each function's statements (the secrets
// its access configurations name, then the network interfaces of a VPC cluster).
#include "events/kafka/family.h"

#include "events/event_source/mapping.h"

namespace slsc::kafka {
namespace {

struct AccessType {
  std::string_view key;
  std::string_view type;    // SourceAccessConfigurations' Type
  std::string_view prefix;  // before the value in its URI
  bool secret;              // a Secrets Manager secret the role reads
};

constexpr AccessType kAccessTypes[] = {
    {"vpcSubnet", "VPC_SUBNET", "subnet:", false},
    {"vpcSecurityGroup", "VPC_SECURITY_GROUP", "security_group:", false},
    {"saslPlainAuth", "BASIC_AUTH", "", true},
    {"saslScram256Auth", "SASL_SCRAM_256_AUTH", "", true},
    {"saslScram512Auth", "SASL_SCRAM_512_AUTH", "", true},
    {"clientCertificateTlsAuth", "CLIENT_CERTIFICATE_TLS_AUTH", "", true},
    {"serverRootCaCertificate", "SERVER_ROOT_CA_CERTIFICATE", "", true},
};

AccessType accessType(const std::string& key) {
  for (const auto& t : kAccessTypes)
    if (t.key == key) return t;
  return {key, key, "", false};
}

const Model& model(const Service& service) { return service.events.kafka; }

Json accessConfigurations(JsonFactory& json, const Event& e) {
  std::vector<Json> out;
  for (const auto& c : e.accessConfigurations) {
    AccessType t = accessType(c.key);
    for (const auto& value : c.values)
      out.push_back(JsonObject(json)
                        .set("Type", t.type)
                        .set("URI", std::string(t.prefix) + value.text())
                        .take());
  }
  return json.array(std::move(out));
}

// A list, or one server (the reference's schema makes it a list).
Json servers(JsonFactory& json, const Node& value) {
  if (value.isSeq()) return json.fromNode(value);
  std::vector<Json> one;
  one.push_back(json.fromNode(value));
  return json.array(std::move(one));
}

Json properties(CompileContext& context, const Function& fn, const Event& e) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  std::vector<Json> topics;
  topics.push_back(json.str(e.topic));
  p.set("FunctionName", context.lambdaTarget(fn))
      .set("StartingPosition", e.startingPosition.value_or("TRIM_HORIZON"))
      .set("SelfManagedEventSource",
           JsonObject(json)
               .set("Endpoints",
                    JsonObject(json).set("KafkaBootstrapServers", servers(json, e.bootstrapServers)).take())
               .take())
      .set("Topics", json.array(std::move(topics)))
      .set("SourceAccessConfigurations", accessConfigurations(json, e));
  if (eventsource::truthy(e.batchSize)) p.set("BatchSize", json.fromNode(*e.batchSize));
  if (eventsource::truthy(e.maximumBatchingWindow))
    p.set("MaximumBatchingWindowInSeconds", json.fromNode(*e.maximumBatchingWindow));
  if (e.enabled && !e.enabled->isNull()) p.set("Enabled", json.fromNode(*e.enabled));
  if (e.consumerGroupId && !e.consumerGroupId->empty())
    p.set("SelfManagedKafkaEventSourceConfig",
          JsonObject(json).set("ConsumerGroupId", *e.consumerGroupId).take());
  if (e.startingPositionTimestamp && !e.startingPositionTimestamp->isNull())
    p.set("StartingPositionTimestamp", json.fromNode(*e.startingPositionTimestamp));
  if (e.filterPatterns) p.set("FilterCriteria", eventsource::filterCriteria(json, *e.filterPatterns));
  return p.take();
}

void compile(CompileContext& context) {
  eventsource::compileMappings(context, model(context.service).events, properties);
}

void contributeFunction(CompileContext& context, std::size_t function, Contributions& out) {
  JsonFactory& json = context.json();
  std::vector<Json> secrets;
  bool vpc = false;
  for (const auto& e : model(context.service).events) {
    if (e.function != function) continue;
    for (const auto& c : e.accessConfigurations) {
      AccessType t = accessType(c.key);
      vpc = vpc || !t.prefix.empty();
      if (t.secret)
        for (const auto& value : c.values) secrets.push_back(json.fromNode(value));
    }
  }
  if (!secrets.empty())
    out.roleStatements.push_back(RoleStatement{
        eventsource::allow(json, {"secretsmanager:GetSecretValue"}, json.array(std::move(secrets))),
        {function}});
  if (vpc)
    out.roleStatements.push_back(RoleStatement{eventsource::vpcStatement(json), {function}});
}

void contribute(CompileContext& context, Contributions& out) {
  for (std::size_t f : eventsource::functionsOf(model(context.service).events))
    contributeFunction(context, f, out);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "kafka",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::kafka
