// eventBridge, model: checks across the service. The reference's own refusals (settings the
// custom-resource form cannot take) and what that form drops, and what it lets fail at deploy
// time: expressions EventBridge refuses, two rules of one name on one bus (with the schedule and
// cloudwatchEvent rules on the default bus), two events or buses whose logical ids collide.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "events/event_bridge/common.h"
#include "events/event_bridge/family.h"
#include "naming/event_bridge.h"

namespace slsc::eventbridge {
namespace {

// The reference's refusals, and what its custom-resource form drops without a word: the rule's
// description (no property carries it) and the function's alias (the rule invokes the function
// itself, where a native rule invokes the provisioned-concurrency or SnapStart alias).
void checkCustomResourceForm(const Service& service, const Event& event, Diagnostics& diagnostics) {
  auto refuse = [&](const Location& at, const char* what) {
    diagnostics.error(at, "event-bridge-custom-resource-setting",
                      fmt::format("{} is not supported by the custom-resource form of "
                                  "eventBridge events; set provider.eventBridge."
                                  "useCloudFormation: true",
                                  what));
  };
  if (busOf(event).function) refuse(event.busAt, "an event bus given by a CloudFormation function");
  if (event.retryPolicy) refuse(event.retryPolicyAt, "retryPolicy");
  if (event.deadLetterQueueArn) refuse(event.deadLetterQueueArn->location(), "deadLetterQueueArn");
  if (event.description)
    diagnostics.warning(event.description->location(), "event-bridge-custom-resource-ignored",
                        "the custom-resource form of eventBridge events sets no rule "
                        "description: 'description' is ignored; set provider.eventBridge."
                        "useCloudFormation: true to keep it");
  const Function& fn = service.functions[event.function];
  if (fn.provisionedConcurrency || fn.snapStart)
    diagnostics.warning(event.at, "event-bridge-custom-resource-ignored",
                        fmt::format("the custom-resource form of eventBridge events invokes "
                                    "function '{}' itself, not its {} alias; set "
                                    "provider.eventBridge.useCloudFormation: true to invoke "
                                    "the alias",
                                    fn.key, fn.provisionedConcurrency ? "provisioned-concurrency"
                                                                      : "SnapStart"));
}

// Rule names are unique per bus; the schedule (method eventBus) and cloudwatchEvent rules go on
// the default bus.
void checkRuleNames(const Service& service, Diagnostics& diagnostics) {
  struct Named {
    std::string bus;
    std::string name;
    Location at;
  };
  std::vector<Named> all;
  for (const auto& e : service.events.schedule.events)
    if (e.name && e.method == schedule::Method::EventBus) all.push_back({"default", *e.name, e.nameAt});
  for (const auto& e : service.events.cloudwatchEvent.events)
    if (e.name) all.push_back({"default", *e.name, e.nameAt});
  for (const auto& e : service.events.eventBridge.events) {
    Bus bus = busOf(e);
    if (bus.function) continue;
    all.push_back({bus.isDefault ? "default" : *bus.name, ruleName(service, e), e.name ? e.nameAt : e.at});
  }
  // In the order written, so that the later of two is the one reported.
  std::stable_sort(all.begin(), all.end(), [](const Named& a, const Named& b) {
    return std::make_pair(a.at.line, a.at.column) < std::make_pair(b.at.line, b.at.column);
  });
  std::map<std::pair<std::string, std::string>, Location> seen;
  for (const auto& n : all) {
    auto [it, fresh] = seen.emplace(std::make_pair(n.bus, n.name), n.at);
    if (fresh) continue;
    diagnostics.error(n.at, "event-rule-name-duplicate",
                      fmt::format("rule name '{}' is used twice on the {} event bus (line {} and "
                                  "here): EventBridge keeps one rule per name",
                                  n.name, n.bus == "default" ? std::string("default") : "'" + n.bus + "'",
                                  it->second.line));
  }
}

void checkIds(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> rules;
  std::map<std::string, std::string> buses;  // id → bus name
  for (const auto& e : service.events.eventBridge.events) {
    std::string id = naming::eventBridgeRule(service.functions[e.function].name, e.index);
    if (auto [it, fresh] = rules.emplace(id, &e); !fresh)
      diagnostics.error(e.at, "event-bridge-rule-id-collision",
                        fmt::format("this eventBridge event and the one on line {} both make the "
                                    "logical id '{}': one rule would replace the other",
                                    it->second->at.line, id));
    Bus bus = busOf(e);
    if (!bus.created) continue;
    std::string busId = naming::eventBridgeEventBus(*bus.name);
    if (auto [it, fresh] = buses.emplace(busId, *bus.name); !fresh && it->second != *bus.name)
      diagnostics.error(e.busAt, "event-bridge-bus-id-collision",
                        fmt::format("event buses '{}' and '{}' both make the logical id '{}': "
                                    "one would replace the other",
                                    it->second, *bus.name, busId));
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  const Model& m = service.events.eventBridge;
  checkRuleNames(service, diagnostics);
  if (m.events.empty()) {
    if (m.settings.settingWritten)
      diagnostics.warning(m.settings.at, "event-bridge-setting-unused",
                          "provider.eventBridge.useCloudFormation has no eventBridge event to "
                          "apply to; remove it");
    return;
  }
  for (const auto& e : m.events) {
    if (e.schedule) eventrule::checkExpression(*e.schedule, false, diagnostics);
    if (!m.settings.useCloudFormation) checkCustomResourceForm(service, e, diagnostics);
  }
  // The custom-resource form makes neither rules nor buses of its own.
  if (m.settings.useCloudFormation) checkIds(service, diagnostics);
}

}  // namespace slsc::eventbridge
