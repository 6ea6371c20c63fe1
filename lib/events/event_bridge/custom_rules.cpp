// eventBridge, compile (provider.eventBridge without useCloudFormation: true): one
// Custom::EventBridge per event, with the reference's ids and properties, run by our own handler
// (custom_rule.py, carried inline) that creates the bus it names, puts the rule and its target
// and lets the rule invoke the function. Compat mode gives the custom resources' role the
// reference's statements (every bus, rule and function of the account and region); the default
// mode names the buses, rules and functions of this template.
#include <algorithm>
#include <map>

#include "events/event_bridge/common.h"
#include "events/event_bridge/family.h"
#include "events/event_source/custom_resources.h"
#include "naming/event_bridge.h"

namespace slsc {

extern const char* const kEventBridgeRuleHandler;

namespace eventbridge {
namespace {

using eventsource::customResourceStatement;

Json eventsArn(JsonFactory& json, const std::string& resource) {
  std::vector<Json> tail;
  tail.push_back(json.str(resource));
  return regionalArn(json, "events", std::move(tail));
}

Json functionArn(JsonFactory& json, const std::string& name) {
  std::vector<Json> tail;
  tail.push_back(json.str("function"));
  tail.push_back(json.str(name));
  return regionalArn(json, "lambda", std::move(tail));
}

const std::vector<std::string> kBusActions = {"events:CreateEventBus", "events:DeleteEventBus"};
const std::vector<std::string> kRuleActions = {"events:PutRule", "events:RemoveTargets",
                                               "events:PutTargets", "events:DeleteRule"};
const std::vector<std::string> kPermissionActions = {"lambda:AddPermission",
                                                     "lambda:RemovePermission"};

// What the role's statements name: the buses the stack creates, every bus named (an ARN's
// too), the rules' ARNs and the functions' names, each once, in the order written.
struct Scope {
  std::vector<std::string> createdBuses;
  bool namedBus = false;
  std::vector<std::string> rules;      // rule/<name> or rule/<bus>/<name>
  std::vector<std::string> functions;  // deployed names
};

void addOnce(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// The reference's: the buses of the account and region (once any event names a bus, an ARN's
// included), all their rules, all its functions.
std::vector<Json> referenceStatements(JsonFactory& json, const Scope& scope) {
  std::vector<Json> out;
  if (scope.namedBus)
    out.push_back(customResourceStatement(json, eventsArn(json, "event-bus/*"), kBusActions));
  out.push_back(customResourceStatement(json, eventsArn(json, "rule/*"), kRuleActions));
  out.push_back(customResourceStatement(json, functionArn(json, "*"), kPermissionActions));
  return out;
}

std::vector<Json> arns(JsonFactory& json, const std::vector<std::string>& items,
                       Json (*make)(JsonFactory&, const std::string&)) {
  std::vector<Json> out;
  for (const auto& item : items) out.push_back(make(json, item));
  return out;
}

// Ours: the buses it creates (and, to delete a bus with its last rule only, the listing of
// rules, which IAM grants on "*" alone), the template's rules and functions.
std::vector<Json> scopedStatements(JsonFactory& json, const Scope& scope) {
  std::vector<Json> out;
  if (!scope.createdBuses.empty()) {
    std::vector<std::string> buses;
    for (const auto& bus : scope.createdBuses) buses.push_back("event-bus/" + bus);
    out.push_back(
        customResourceStatement(json, json.array(arns(json, buses, eventsArn)), kBusActions));
    out.push_back(customResourceStatement(json, json.str("*"), {"events:ListRules"}));
  }
  out.push_back(
      customResourceStatement(json, json.array(arns(json, scope.rules, eventsArn)), kRuleActions));
  out.push_back(customResourceStatement(json, json.array(arns(json, scope.functions, functionArn)),
                          kPermissionActions));
  return out;
}

// EventBridgeConfig, in the reference's key order; what is not written is left out.
Json config(CompileContext& context, const Event& e, const std::string& rule) {
  JsonFactory& json = context.json();
  JsonObject out(json);
  out.set("RuleName", rule).set("State", e.enabled ? "ENABLED" : "DISABLED");
  if (e.eventBus && !e.eventBus->isNull()) out.set("EventBus", json.fromNode(*e.eventBus));
  if (e.schedule) out.set("Schedule", json.fromNode(*e.schedule));
  if (e.pattern) out.set("Pattern", json.fromNode(*e.pattern));
  const eventrule::Input& in = e.input;
  if (in.input) out.set("Input", json.fromNode(*in.input));
  if (in.inputPath) out.set("InputPath", *in.inputPath);
  if (in.inputTransformer) out.set("InputTransformer", inputTransformer(json, *in.inputTransformer));
  return out.take();
}

}  // namespace

void compileCustomRules(CompileContext& context) {
  const Service& service = context.service;
  const auto& events = service.events.eventBridge.events;
  if (events.empty()) return;
  JsonFactory& json = context.json();
  const std::string handler = naming::eventBridgeHandlerFunction();
  Scope scope;
  std::map<std::string, std::string> lastOnBus;  // a created bus → its previous custom resource
  for (std::size_t i = 0; i < service.functions.size(); ++i) {
    const Function& fn = service.functions[i];
    for (const auto& e : events) {
      if (e.function != i) continue;
      const Bus bus = busOf(e);
      const std::string rule = ruleName(service, e);
      const std::string id = naming::eventBridgeCustomResource(fn.key, e.index);
      std::vector<std::string> dependsOn;
      // FunctionName is text: nothing else orders the custom resource after the function.
      dependsOn.push_back(naming::lambdaFunction(fn.key));
      // The ServiceToken's GetAtt orders it after the handler already; the reference lists it.
      if (context.compat()) dependsOn.emplace_back(handler);
      if (bus.created) {
        // The rules of one bus come and go one after another, so that the last one removed
        // finds the bus empty and deletes it.
        auto [previous, fresh] = lastOnBus.emplace(*bus.name, id);
        if (!fresh && !context.compat()) dependsOn.push_back(previous->second);
        previous->second = id;
        addOnce(scope.createdBuses, *bus.name);
      }
      if (!bus.isDefault) scope.namedBus = true;
      addOnce(scope.rules, bus.isDefault ? "rule/" + rule : "rule/" + *bus.name + "/" + rule);
      addOnce(scope.functions, fn.name);
      Json properties = JsonObject(json)
                            .set("ServiceToken", json.getAtt(handler, "Arn"))
                            .set("FunctionName", fn.name)
                            .set("EventBridgeConfig", config(context, e, rule))
                            .take();
      context.out.addResource(
          id,
          eventsource::customResource(json, "Custom::EventBridge", dependsOn, std::move(properties)),
          e.at);
    }
  }
  const Location& at = events.front().at;
  eventsource::addCustomResourceHandler(
      context, context.compat() ? referenceStatements(json, scope) : scopedStatements(json, scope),
      eventsource::CustomResourceFunction{.logicalId = handler,
                                          .logGroupId = naming::eventBridgeHandlerLogGroup(),
                                          .name = naming::kEventBridgeHandlerName,
                                          .code = kEventBridgeRuleHandler},
      at);
}

}  // namespace eventbridge
}  // namespace slsc
