// eventBridge, model: provider.eventBridge.useCloudFormation, and a function's `eventBridge`
// events — {eventBus, pattern | schedule, name, description, enabled, input forms, retryPolicy,
// deadLetterQueueArn}.
#include <fmt/format.h>

#include "events/event_bridge/family.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::eventbridge {

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  Settings& s = service.events.eventBridge.settings;
  const MapEntry* entry = provider.entry("eventBridge");
  if (!entry || entry->value.isNull()) return;
  s.written = true;
  s.at = keyLocation(*entry);
  if (!entry->value.isMap()) return;
  Fields fields(entry->value, diagnostics);
  auto use = fields.boolean("useCloudFormation");
  s.settingWritten = entry->value.entry("useCloudFormation") != nullptr;
  if (s.settingWritten) s.at = fields.keyAt("useCloudFormation");
  // The reference reads provider.eventBridge.useCloudFormation when provider.eventBridge is
  // there: unset is false.
  s.useCloudFormation = use.value_or(false);
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  std::size_t index = 0;
  for (const auto& item : in.events.items()) {
    ++index;
    if (!item.isMap()) continue;
    const MapEntry* entry = eventrule::eventEntry(item, "eventBridge", diagnostics);
    if (!entry) continue;
    const Node& value = entry->value;
    if (!value.isMap()) {
      diagnostics.error(value.location(), "type-mismatch",
                        "an eventBridge event is a map with 'pattern' or 'schedule'");
      continue;
    }
    Event e;
    e.function = in.function;
    e.index = index;
    e.at = value.location();
    Fields fields(value, diagnostics);
    e.eventBus = fields.copy("eventBus");
    if (e.eventBus) e.busAt = e.eventBus->location();
    e.schedule = fields.copy("schedule");
    e.pattern = fields.copy("pattern");
    if (auto name = fields.text("name"); name && !name->empty()) {
      e.name = name;
      e.nameAt = fields.keyAt("name");
    }
    e.description = fields.copy("description");
    e.enabled = fields.boolean("enabled").value_or(true);
    e.input = eventrule::readInput(value, "eventBridge", diagnostics);
    e.retryPolicy = fields.copy("retryPolicy");
    if (e.retryPolicy) e.retryPolicyAt = fields.keyAt("retryPolicy");
    e.deadLetterQueueArn = fields.copy("deadLetterQueueArn");
    if (!e.pattern && !e.schedule)
      diagnostics.error(e.at, "event-bridge-rule-empty",
                        fmt::format("the eventBridge event of function '{}' has neither "
                                    "'pattern' nor 'schedule': the rule would match nothing",
                                    key));
    service.events.eventBridge.events.push_back(std::move(e));
  }
}

}  // namespace slsc::eventbridge
