// sns, compile: event by event, the dead-letter queue's policy, then the subscription (an
// existing topic's, or one of its own on a created topic when it filters or redrives, else
// inline in the topic, which the first event naming it creates) and the permission.
#include <fmt/format.h>

#include <map>
#include <vector>

#include "events/event_source/lambda.h"
#include "events/sns/family.h"
#include "naming/sns.h"

namespace slsc::sns {
namespace {

using eventsource::resource;

Json createdTopicArn(JsonFactory& json, const std::string& topicName) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":sns:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":"));
  parts.push_back(json.ref("AWS::AccountId"));
  parts.push_back(json.str(":"));
  parts.push_back(json.str(topicName));
  return json.join("", std::move(parts));
}

Json topicArn(CompileContext& context, const Event& e) {
  return e.arn ? context.json().fromNode(*e.arn) : createdTopicArn(context.json(), e.topicName);
}

struct Queue {
  Json arn;
  Json url;
};

// arn:aws:sqs:REGION:ACCOUNT:NAME → https://sqs.REGION.<URL suffix>/ACCOUNT/NAME
Json queueUrl(JsonFactory& json, const std::string& arn) {
  std::vector<std::string> parts(1);
  for (char c : arn) {
    if (c == ':') parts.emplace_back();
    else parts.back() += c;
  }
  auto at = [&](std::size_t fromEnd) -> std::string_view {
    return fromEnd < parts.size() ? std::string_view(parts[parts.size() - 1 - fromEnd]) : std::string_view();
  };
  std::vector<Json> url;
  url.push_back(json.str(fmt::format("https://sqs.{}.", at(2))));
  url.push_back(json.ref("AWS::URLSuffix"));
  url.push_back(json.str(fmt::format("/{}/{}", at(1), at(0))));
  return json.join("", std::move(url));
}

Queue deadLetterQueue(JsonFactory& json, const DeadLetterQueue& q) {
  switch (q.kind) {
    case DeadLetterQueue::Kind::Arn: return Queue{json.str(q.arn), queueUrl(json, q.arn)};
    case DeadLetterQueue::Kind::Ref: return Queue{json.getAtt(q.logicalId, "Arn"), json.ref(q.logicalId)};
    case DeadLetterQueue::Kind::Import: break;
  }
  return Queue{JsonObject(json).set("Fn::ImportValue", json.fromNode(*q.importArn)).take(),
               JsonObject(json).set("Fn::ImportValue", json.fromNode(*q.importUrl)).take()};
}

// The queue's policy: SNS may send to it from this topic. The reference leaves the condition
// empty for a topic the service creates (its ARN is not known yet where it writes the policy);
// the default mode names the topic.
void compileQueuePolicy(CompileContext& context, const Function& fn, const Event& e, const Queue& queue) {
  JsonFactory& json = context.json();
  std::string id = naming::snsDeadLetterQueuePolicy(fn.key, e.topicName);
  JsonObject arnEquals(json);
  if (e.arn) arnEquals.set("aws:SourceArn", json.fromNode(*e.arn));
  else if (!context.compat()) arnEquals.set("aws:SourceArn", json.ref(naming::snsTopic(e.topicName)));
  std::vector<Json> statements;
  statements.push_back(JsonObject(json)
                           .set("Effect", "Allow")
                           .set("Principal", JsonObject(json).set("Service", "sns.amazonaws.com").take())
                           .set("Action", "sqs:SendMessage")
                           .set("Resource", json.copy(queue.arn))
                           .set("Condition", JsonObject(json).set("ArnEquals", arnEquals.take()).take())
                           .take());
  std::vector<Json> queues;
  queues.push_back(json.copy(queue.url));
  Json properties = JsonObject(json)
                        .set("PolicyDocument", JsonObject(json)
                                                   .set("Version", "2012-10-17")
                                                   .set("Id", id)
                                                   .set("Statement", json.array(std::move(statements)))
                                                   .take())
                        .set("Queues", json.array(std::move(queues)))
                        .take();
  context.out.addResource(id, resource(json, "AWS::SQS::QueuePolicy", std::move(properties), {}), e.deadLetter->at);
}

void setSubscriptionSettings(CompileContext& context, const Event& e, const std::optional<Queue>& queue,
                             JsonObject& properties) {
  JsonFactory& json = context.json();
  if (e.filterPolicy) properties.set("FilterPolicy", json.fromNode(*e.filterPolicy));
  if (e.filterPolicyScope) properties.set("FilterPolicyScope", json.fromNode(*e.filterPolicyScope));
  if (queue)
    properties.set("RedrivePolicy", JsonObject(json).set("deadLetterTargetArn", json.copy(queue->arn)).take());
}

void compileExistingTopicSubscription(CompileContext& context, const Function& fn, const Event& e,
                                      const std::optional<Queue>& queue) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("TopicArn", json.fromNode(*e.arn))
      .set("Protocol", "lambda")
      .set("Endpoint", context.lambdaTarget(fn));
  setSubscriptionSettings(context, e, queue, properties);
  if (e.region) properties.set("Region", *e.region);
  context.out.addResource(naming::snsSubscription(fn.key, e.topicName),
                          resource(json, "AWS::SNS::Subscription", properties.take(),
                                   eventsource::aliasDependency(context, fn)),
                          e.at);
}

// Whether the event's subscription is a resource of its own rather than inline in the topic.
bool ownSubscription(const Event& e) { return e.filterPolicy || e.deadLetter; }

Json inlineSubscription(CompileContext& context, const Function& fn) {
  return JsonObject(context.json()).set("Endpoint", context.lambdaTarget(fn)).set("Protocol", "lambda").take();
}

// The topic, with the inline subscriptions of every event on it, where its first event is.
void compileTopic(CompileContext& context, const Function& fn, const Event& first) {
  JsonFactory& json = context.json();
  const bool compat = context.compat();
  JsonObject properties(json);
  properties.set("TopicName", first.topicName);
  if (first.displayName) properties.set("DisplayName", *first.displayName);
  std::vector<Json> subscriptions;
  const Node* key = nullptr;
  for (const auto& e : context.service.events.sns.events) {
    if (e.arn || e.topicName != first.topicName) continue;
    if (!key && e.kmsMasterKeyId && !compat) key = &*e.kmsMasterKeyId;
    if (!ownSubscription(e)) subscriptions.push_back(inlineSubscription(context, context.service.functions[e.function]));
  }
  if (key) properties.set("KmsMasterKeyId", json.fromNode(*key));
  if (!subscriptions.empty()) properties.set("Subscription", json.array(std::move(subscriptions)));
  context.out.addResource(naming::snsTopic(first.topicName),
                          resource(json, "AWS::SNS::Topic", properties.take(),
                                   eventsource::aliasDependency(context, fn)),
                          first.at);
}

void compileCreatedTopicSubscription(CompileContext& context, const Function& fn, const Event& e,
                                     const std::optional<Queue>& queue) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("Endpoint", context.lambdaTarget(fn))
      .set("Protocol", "lambda")
      .set("TopicArn", json.ref(naming::snsTopic(e.topicName)));
  setSubscriptionSettings(context, e, queue, properties);
  context.out.addResource(naming::snsSubscription(fn.key, e.topicName),
                          resource(json, "AWS::SNS::Subscription", properties.take(), {}), e.at);
}

void compileEvent(CompileContext& context, const Event& e) {
  const Function& fn = context.service.functions[e.function];
  std::optional<Queue> queue;
  if (e.deadLetter) {
    queue = deadLetterQueue(context.json(), *e.deadLetter);
    compileQueuePolicy(context, fn, e, *queue);
  }
  if (e.arn) {
    compileExistingTopicSubscription(context, fn, e, queue);
  } else {
    if (!context.out.resources().find(naming::snsTopic(e.topicName))) compileTopic(context, fn, e);
    if (ownSubscription(e)) compileCreatedTopicSubscription(context, fn, e, queue);
  }
  context.out.addResource(naming::snsPermission(fn.key, e.topicName),
                          eventsource::permission(context, fn,
                                                  {.principal = context.json().str("sns.amazonaws.com"),
                                                   .sourceArn = topicArn(context, e),
                                                   .sourceAccount = std::nullopt,
                                                   .dependsOn = eventsource::aliasDependency(context, fn)}),
                          e.at);
}

}  // namespace

void compileEvents(CompileContext& context) {
  for (const auto& e : context.service.events.sns.events) runUnit(context, compileEvent, e);
}

}  // namespace slsc::sns
