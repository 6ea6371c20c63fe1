// stream: the family's row: a mapping per event (with its Kinesis consumer), and each
// function's statements: DynamoDB streams, Kinesis streams, Kinesis streams read through a
// consumer, the consumers, then the failure destinations (SNS, SQS).
#include "events/stream/family.h"

#include "events/event_source/mapping.h"
#include "naming/event_source.h"

namespace slsc::stream {
namespace {

const Model& model(const Service& service) { return service.events.stream; }

bool kinesisConsumer(const Event& e) { return e.usesConsumer() && e.type == "kinesis"; }

std::string consumerName(const Service& service, const Event& e) {
  std::string suffix;
  if (model(service).serviceSpecificConsumerNames) suffix = service.name + service.provider.stage;
  return naming::streamConsumerName(service.functions[e.function].key, e.streamName, suffix);
}

std::string consumerId(const Service& service, const Event& e) {
  return naming::streamConsumer(consumerName(service, e));
}

// What the mapping reads: the consumer when it has one, else the stream.
Json source(CompileContext& context, const Event& e) {
  JsonFactory& json = context.json();
  if (!kinesisConsumer(e)) return json.fromNode(e.arn);
  if (e.createConsumer) return json.ref(consumerId(context.service, e));
  return json.fromNode(*e.consumerArn);
}

void setIf(JsonFactory& json, JsonObject& p, std::string_view key, const std::optional<Node>& value) {
  if (value && !value->isNull()) p.set(key, json.fromNode(*value));
}

Json properties(CompileContext& context, const Function& fn, const Event& e) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  p.set("BatchSize", eventsource::truthy(e.batchSize) ? json.fromNode(*e.batchSize) : json.num(10))
      .set("Enabled", e.enabled ? json.fromNode(*e.enabled) : json.boolean(true))
      .set("EventSourceArn", source(context, e))
      .set("FunctionName", context.lambdaTarget(fn));
  if (eventsource::truthy(e.parallelizationFactor))
    p.set("ParallelizationFactor", json.fromNode(*e.parallelizationFactor));
  p.set("StartingPosition", e.startingPosition.value_or("TRIM_HORIZON"));
  setIf(json, p, "MaximumBatchingWindowInSeconds", e.batchWindow);
  setIf(json, p, "MaximumRetryAttempts", e.maximumRetryAttempts);
  setIf(json, p, "BisectBatchOnFunctionError", e.bisectBatchOnFunctionError);
  if (e.functionResponseType) p.set("FunctionResponseTypes", json.strings({*e.functionResponseType}));
  if (eventsource::truthy(e.maximumRecordAgeInSeconds))
    p.set("MaximumRecordAgeInSeconds", json.fromNode(*e.maximumRecordAgeInSeconds));
  setIf(json, p, "TumblingWindowInSeconds", e.tumblingWindowInSeconds);
  if (e.onFailure)
    p.set("DestinationConfig",
          JsonObject(json)
              .set("OnFailure", JsonObject(json).set("Destination", json.fromNode(e.onFailure->arn)).take())
              .take());
  if (e.filterPatterns) p.set("FilterCriteria", eventsource::filterCriteria(json, *e.filterPatterns));
  // The reference writes the timestamp for a consumer only, where AWS needs it for every
  // Kinesis stream that starts AT_TIMESTAMP.
  bool atTimestamp = e.startingPosition == std::optional<std::string>("AT_TIMESTAMP");
  bool timestamp = kinesisConsumer(e) || (!context.compat() && e.type == "kinesis" && atTimestamp);
  if (timestamp && e.startingPositionTimestamp)
    p.set("StartingPositionTimestamp", json.fromNode(*e.startingPositionTimestamp));
  return p.take();
}

void compile(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& e : model(context.service).events) {
    const Function& fn = context.service.functions[e.function];
    std::vector<std::string> dependsOn = eventsource::dependsOn(context, fn);
    bool consumer = kinesisConsumer(e) && e.createConsumer;
    // The EventSourceArn Ref orders the deploy already; the reference lists the consumer too.
    if (consumer && context.compat()) dependsOn.push_back(consumerId(context.service, e));
    context.out.addResource(e.id,
                            eventsource::mappingResource(context, std::move(dependsOn),
                                                         properties(context, fn, e)),
                            e.at);
    if (!consumer) continue;
    Json properties = JsonObject(json)
                          .set("StreamARN", json.fromNode(e.arn))
                          .set("ConsumerName", consumerName(context.service, e))
                          .take();
    context.out.addResource(consumerId(context.service, e),
                            JsonObject(json)
                                .set("Type", "AWS::Kinesis::StreamConsumer")
                                .set("Properties", std::move(properties))
                                .take(),
                            e.consumerAt);
  }
}

// One function's statements, each over the resources its events need, in the reference's order.
void contributeFunction(CompileContext& context, std::size_t function, Contributions& out) {
  JsonFactory& json = context.json();
  std::vector<Json> dynamodb, kinesis, withConsumer, consumers, sns, sqs;
  for (const auto& e : model(context.service).events) {
    if (e.function != function) continue;
    if (e.type == "dynamodb") dynamodb.push_back(json.fromNode(e.arn));
    else if (e.usesConsumer()) withConsumer.push_back(json.fromNode(e.arn));
    else kinesis.push_back(json.fromNode(e.arn));
    if (e.onFailure) (e.onFailure->type == "sns" ? sns : sqs).push_back(json.fromNode(e.onFailure->arn));
    if (kinesisConsumer(e)) consumers.push_back(source(context, e));
  }
  auto add = [&](std::vector<Json>& resources, std::vector<std::string> actions) {
    if (resources.empty()) return;
    out.roleStatements.push_back(
        RoleStatement{eventsource::allow(json, actions, json.array(std::move(resources))), {function}});
  };
  add(dynamodb, {"dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream",
                 "dynamodb:ListStreams"});
  add(kinesis, {"kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream",
                "kinesis:ListStreams"});
  add(withConsumer, {"kinesis:GetRecords", "kinesis:GetShardIterator",
                     "kinesis:DescribeStreamSummary", "kinesis:ListShards"});
  add(consumers, {"kinesis:SubscribeToShard"});
  add(sns, {"sns:Publish"});
  add(sqs, {"sqs:ListQueues", "sqs:SendMessage"});
}

void contribute(CompileContext& context, Contributions& out) {
  for (std::size_t f : eventsource::functionsOf(model(context.service).events))
    contributeFunction(context, f, out);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "stream",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::stream
