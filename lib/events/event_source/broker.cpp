// The Amazon MQ families' model, checks, statements and mappings.
#include "events/event_source/broker.h"

#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "model/fields.h"
#include "naming/event_source.h"

namespace slsc::eventsource {
namespace {

std::optional<BrokerEvent> readEvent(const BrokerKind& kind, const Node& value,
                                     const std::string& function, Diagnostics& diagnostics) {
  BrokerEvent e;
  e.at = e.filtersAt = value.location();
  if (!value.isMap()) {
    diagnostics.error(e.at, "type-mismatch",
                      fmt::format("an {} event is a map with 'arn', 'basicAuthArn' and 'queue'", kind.key));
    return std::nullopt;
  }
  Fields fields(value, diagnostics);
  const Node* arn = fields.node("arn");
  const Node* auth = fields.node("basicAuthArn");
  auto queue = fields.text("queue");
  if (!arn || !auth || !queue) {
    diagnostics.error(e.at, fmt::format("{}-event-incomplete", kind.key),
                      fmt::format("the {} event of function '{}' needs 'arn', 'basicAuthArn' and "
                                  "'queue'",
                                  kind.key, function));
    return std::nullopt;
  }
  e.arn = *arn;
  e.basicAuthArn = *auth;
  e.queue = *queue;
  e.batchSize = fields.copy("batchSize");
  e.maximumBatchingWindow = fields.copy("maximumBatchingWindow");
  if (const MapEntry* enabled = value.entry("enabled")) e.enabled = enabled->value;
  if (kind.virtualHost) e.virtualHost = fields.text("virtualHost");
  readFilterPatterns(fields, e.filterPatterns, e.filtersAt);
  e.id = naming::brokerMapping(function, kind.name, e.queue);
  return e;
}

const BrokerModel& model(const BrokerKind& kind, const Service& service) {
  return service.events.*kind.model;
}

Json properties(CompileContext& context, const Function& fn, const BrokerEvent& e) {
  JsonFactory& json = context.json();
  std::vector<Json> queues;
  queues.push_back(json.str(e.queue));
  std::vector<Json> access;
  access.push_back(JsonObject(json).set("Type", "BASIC_AUTH").set("URI", json.fromNode(e.basicAuthArn)).take());
  if (e.virtualHost && !e.virtualHost->empty())
    access.push_back(JsonObject(json).set("Type", "VIRTUAL_HOST").set("URI", *e.virtualHost).take());
  JsonObject p(json);
  p.set("FunctionName", context.lambdaTarget(fn))
      .set("EventSourceArn", json.fromNode(e.arn))
      .set("Queues", json.array(std::move(queues)))
      .set("SourceAccessConfigurations", json.array(std::move(access)));
  if (truthy(e.batchSize)) p.set("BatchSize", json.fromNode(*e.batchSize));
  if (truthy(e.maximumBatchingWindow))
    p.set("MaximumBatchingWindowInSeconds", json.fromNode(*e.maximumBatchingWindow));
  if (e.enabled && !e.enabled->isNull()) p.set("Enabled", json.fromNode(*e.enabled));
  if (e.filterPatterns) p.set("FilterCriteria", filterCriteria(json, *e.filterPatterns));
  return p.take();
}

void contributeFunction(const BrokerKind& kind, CompileContext& context, std::size_t function,
                        Contributions& out) {
  JsonFactory& json = context.json();
  std::vector<Json> secrets, brokers;
  for (const auto& e : model(kind, context.service).events) {
    if (e.function != function) continue;
    secrets.push_back(json.fromNode(e.basicAuthArn));
    brokers.push_back(json.fromNode(e.arn));
  }
  out.roleStatements.push_back(RoleStatement{
      allow(json, {"secretsmanager:GetSecretValue"}, json.array(std::move(secrets))), {function}});
  out.roleStatements.push_back(
      RoleStatement{allow(json, {"mq:DescribeBroker"}, json.array(std::move(brokers))), {function}});
  out.roleStatements.push_back(RoleStatement{vpcStatement(json), {function}});
}

}  // namespace

void buildBrokerEvents(const BrokerKind& kind, const FunctionEvents& in, Service& service,
                       Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  collectEvents(in, kind.key, (service.events.*kind.model).events,
                [&](const Node& value) { return readEvent(kind, value, key, diagnostics); });
}

// What the reference lets pass silently: one queue twice on a function (one id: the second
// event replaces the first).
void checkBrokerEvents(const BrokerKind& kind, const Service& service, Diagnostics& diagnostics) {
  std::vector<MappingRef> mappings;
  for (const auto& e : model(kind, service).events) {
    if (e.filterPatterns) checkFilterCount(*e.filterPatterns, e.filtersAt, diagnostics);
    mappings.push_back({e.id, std::to_string(mappings.size()), "queue '" + e.queue + "'", e.function,
                        service.functions[e.function].key, e.at});
  }
  checkMappings(mappings, kind.key, diagnostics);
}

void contributeBrokers(const BrokerKind& kind, CompileContext& context, Contributions& out) {
  for (std::size_t f : functionsOf(model(kind, context.service).events))
    contributeFunction(kind, context, f, out);
}

void compileBrokers(const BrokerKind& kind, CompileContext& context) {
  compileMappings(context, model(kind, context.service).events, properties);
}

}  // namespace slsc::eventsource
