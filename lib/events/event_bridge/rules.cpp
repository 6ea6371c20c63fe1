// eventBridge, compile (native CloudFormation): per event the bus it names when the stack
// creates it (once), the AWS::Events::Rule with the function as its target, and the permission
// limited to that rule.
#include "events/event_bridge/common.h"
#include "events/event_bridge/family.h"
#include "naming/event_bridge.h"

namespace slsc::eventbridge {
namespace {

// RetryPolicy, DeadLetterConfig, then the one input form.
Json target(CompileContext& context, const Function& fn, const Event& event, const std::string& rule) {
  JsonFactory& json = context.json();
  JsonObject out(json);
  out.set("Arn", context.lambdaTarget(fn)).set("Id", naming::eventBridgeTargetId(rule));
  if (event.retryPolicy) {
    JsonObject retry(json);
    if (event.retryPolicy->isMap()) {
      if (const Node* age = event.retryPolicy->get("maximumEventAge"))
        retry.set("MaximumEventAgeInSeconds", json.fromNode(*age));
      if (const Node* attempts = event.retryPolicy->get("maximumRetryAttempts"))
        retry.set("MaximumRetryAttempts", json.fromNode(*attempts));
    }
    out.set("RetryPolicy", retry.take());
  }
  if (event.deadLetterQueueArn)
    out.set("DeadLetterConfig", JsonObject(json).set("Arn", json.fromNode(*event.deadLetterQueueArn)).take());
  const eventrule::Input& in = event.input;
  if (in.input) {
    out.set("Input", eventrule::jsonText(json, *in.input));
  } else if (in.inputPath) {
    out.set("InputPath", *in.inputPath);
  } else if (in.inputTransformer) {
    out.set("InputTransformer", inputTransformer(json, *in.inputTransformer));
  }
  return out.take();
}

// arn:<partition>:events:<region>:<account>:rule[/<bus>]/<name>. The reference writes the
// default bus's name into the path when eventBus is "default", which is no rule's ARN (the
// default bus's rules are rule/<name>): compat mode only.
Json ruleArn(CompileContext& context, const Event& event, const Bus& bus, const std::string& name) {
  JsonFactory& json = context.json();
  std::vector<Json> path;
  path.push_back(json.str("rule"));
  bool written = event.eventBus && event.eventBus->isScalar() && !event.eventBus->text().empty();
  if (bus.function) path.push_back(json.fromNode(*bus.function));
  else if (written && (!bus.isDefault || context.compat())) path.push_back(json.str(*bus.name));
  path.push_back(json.str(name));
  std::vector<Json> tail;
  tail.push_back(json.join("/", std::move(path)));
  return regionalArn(json, "events", std::move(tail));
}

void compileBus(CompileContext& context, const Bus& bus, const Event& event) {
  std::string id = naming::eventBridgeEventBus(*bus.name);
  if (context.out.resources().find(id)) return;
  JsonFactory& json = context.json();
  context.out.addResource(id,
                          JsonObject(json)
                              .set("Type", "AWS::Events::EventBus")
                              .set("Properties", JsonObject(json).set("Name", *bus.name).take())
                              .take(),
                          event.busAt);
}

void compileEvent(CompileContext& context, const Function& fn, const Event& event) {
  JsonFactory& json = context.json();
  Bus bus = busOf(event);
  if (bus.created) compileBus(context, bus, event);
  std::string name = ruleName(context.service, event);
  JsonObject properties(json);
  if (event.description) properties.set("Description", json.fromNode(*event.description));
  if (bus.function) properties.set("EventBusName", json.fromNode(*bus.function));
  else if (bus.name && (!bus.isDefault || bus.name->empty())) properties.set("EventBusName", *bus.name);
  if (event.pattern) properties.set("EventPattern", json.fromNode(*event.pattern));
  properties.set("Name", name);
  if (event.schedule) properties.set("ScheduleExpression", json.fromNode(*event.schedule));
  properties.set("State", event.enabled ? "ENABLED" : "DISABLED");
  std::vector<Json> targets;
  targets.push_back(target(context, fn, event, name));
  properties.set("Targets", json.array(std::move(targets)));
  std::optional<std::string> alias = context.aliasId(fn);
  // A rule on a bus of this stack waits for it, so that the stack can be deleted.
  std::optional<std::string> dependsOn = bus.created ? naming::eventBridgeEventBus(*bus.name) : alias;
  JsonObject rule(json);
  rule.set("Type", "AWS::Events::Rule");
  if (dependsOn) rule.set("DependsOn", *dependsOn);
  rule.set("Properties", properties.take());
  context.out.addResource(naming::eventBridgeRule(fn.name, event.index), rule.take(), event.at);
  context.out.addResource(naming::eventBridgePermission(fn.key, event.index),
                          eventrule::invokePermission(json, context.lambdaTarget(fn),
                                                      ruleArn(context, event, bus, name), alias, true),
                          event.at);
}

}  // namespace

void compileRules(CompileContext& context) {
  const auto& all = context.service.functions;
  for (std::size_t i = 0; i < all.size(); ++i)
    for (const auto& event : context.service.events.eventBridge.events)
      if (event.function == i) compileEvent(context, all[i], event);
}

}  // namespace slsc::eventbridge
