// sqs: the family's row: a mapping per event, and one role statement over every queue.
#include "events/sqs/family.h"

#include "events/event_source/mapping.h"

namespace slsc::sqs {
namespace {

Json properties(CompileContext& context, const Function& fn, const Event& e) {
  JsonFactory& json = context.json();
  JsonObject p(json);
  p.set("BatchSize", eventsource::truthy(e.batchSize) ? json.fromNode(*e.batchSize)
                                                                         : json.num(10));
  if (e.maximumBatchingWindow) p.set("MaximumBatchingWindowInSeconds", json.fromNode(*e.maximumBatchingWindow));
  p.set("EventSourceArn", json.fromNode(e.arn))
      .set("FunctionName", context.lambdaTarget(fn))
      .set("Enabled", e.enabled ? json.fromNode(*e.enabled) : json.boolean(true));
  if (e.functionResponseType) p.set("FunctionResponseTypes", json.strings({*e.functionResponseType}));
  if (e.filterPatterns) p.set("FilterCriteria", eventsource::filterCriteria(json, *e.filterPatterns));
  if (eventsource::truthy(e.maximumConcurrency))
    p.set("ScalingConfig",
          JsonObject(json).set("MaximumConcurrency", json.fromNode(*e.maximumConcurrency)).take());
  return p.take();
}

void compile(CompileContext& context) {
  eventsource::compileMappings(context, context.service.events.sqs.events, properties);
}

void contribute(CompileContext& context, Contributions& out) {
  const auto& events = context.service.events.sqs.events;
  if (events.empty()) return;
  JsonFactory& json = context.json();
  std::vector<Json> queues;
  for (const auto& e : events) queues.push_back(json.fromNode(e.arn));
  out.roleStatements.push_back(RoleStatement{
      eventsource::allow(json, {"sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"},
                         json.array(std::move(queues))),
      eventsource::functionsOf(events)});
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "sqs",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::sqs
