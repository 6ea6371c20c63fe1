// msk: the family's row: a mapping per event, and each function's statements: its clusters,
// the network interfaces, and (by default) the SASL/SCRAM secrets its events name.
#include "events/msk/family.h"

#include "events/event_source/mapping.h"

namespace slsc::msk {
namespace {

const Model& model(const Service& service) { return service.events.msk; }

Json properties(CompileContext& context, const Function& fn, const Event& e) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  std::vector<Json> topics;
  topics.push_back(json.str(e.topic));
  p.set("EventSourceArn", json.fromNode(e.arn))
      .set("FunctionName", context.lambdaTarget(fn))
      .set("StartingPosition", e.startingPosition.value_or("TRIM_HORIZON"))
      .set("Topics", json.array(std::move(topics)));
  if (e.startingPositionTimestamp && !e.startingPositionTimestamp->isNull())
    p.set("StartingPositionTimestamp", json.fromNode(*e.startingPositionTimestamp));
  if (eventsource::truthy(e.batchSize)) p.set("BatchSize", json.fromNode(*e.batchSize));
  if (eventsource::truthy(e.maximumBatchingWindow))
    p.set("MaximumBatchingWindowInSeconds", json.fromNode(*e.maximumBatchingWindow));
  if (e.consumerGroupId && !e.consumerGroupId->empty())
    p.set("AmazonManagedKafkaEventSourceConfig",
          JsonObject(json).set("ConsumerGroupId", *e.consumerGroupId).take());
  if (e.enabled && !e.enabled->isNull()) p.set("Enabled", json.fromNode(*e.enabled));
  if (e.saslScram512 && !e.saslScram512->isNull()) {
    std::vector<Json> access;
    access.push_back(JsonObject(json)
                         .set("Type", "SASL_SCRAM_512_AUTH")
                         .set("URI", json.fromNode(*e.saslScram512))
                         .take());
    p.set("SourceAccessConfigurations", json.array(std::move(access)));
  }
  if (e.filterPatterns) p.set("FilterCriteria", eventsource::filterCriteria(json, *e.filterPatterns));
  return p.take();
}

void compile(CompileContext& context) {
  eventsource::compileMappings(context, model(context.service).events, properties);
}

// The reference grants no access to the SASL/SCRAM secret, which the mapping reads with the
// function's role: by default the role may read it.
void contributeFunction(CompileContext& context, std::size_t function, Contributions& out) {
  JsonFactory& json = context.json();
  std::vector<Json> clusters, secrets;
  for (const auto& e : model(context.service).events) {
    if (e.function != function) continue;
    clusters.push_back(json.fromNode(e.arn));
    if (e.saslScram512 && !e.saslScram512->isNull() && !context.compat())
      secrets.push_back(json.fromNode(*e.saslScram512));
  }
  out.roleStatements.push_back(RoleStatement{
      eventsource::allow(json, {"kafka:DescribeCluster", "kafka:GetBootstrapBrokers"},
                         json.array(std::move(clusters))),
      {function}});
  out.roleStatements.push_back(RoleStatement{eventsource::vpcStatement(json), {function}});
  if (!secrets.empty())
    out.roleStatements.push_back(RoleStatement{
        eventsource::allow(json, {"secretsmanager:GetSecretValue"}, json.array(std::move(secrets))),
        {function}});
}

void contribute(CompileContext& context, Contributions& out) {
  for (std::size_t f : eventsource::functionsOf(model(context.service).events))
    contributeFunction(context, f, out);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "msk",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::msk
