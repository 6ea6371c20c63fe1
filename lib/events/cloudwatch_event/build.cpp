// cloudwatchEvent, model: a function's `cloudwatchEvent` events — {event, input forms, name,
// description, enabled}.
#include <fmt/format.h>

#include "events/cloudwatch_event/family.h"
#include "model/fields.h"

namespace slsc::cloudwatchevent {

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  for (const auto& item : in.events.items()) {
    if (!item.isMap()) continue;
    const MapEntry* entry = eventrule::eventEntry(item, "cloudwatchEvent", diagnostics);
    if (!entry) continue;
    const Node& value = entry->value;
    if (!value.isMap()) {
      diagnostics.error(value.location(), "type-mismatch", "a cloudwatchEvent event is a map with 'event'");
      continue;
    }
    Event e;
    e.function = in.function;
    e.at = value.location();
    Fields fields(value, diagnostics);
    const Node* pattern = fields.node("event");
    if (!pattern) {
      // The reference fails on it (JSON.stringify of nothing); EventBridge needs a pattern.
      diagnostics.error(e.at, "cloudwatch-event-pattern-missing",
                        fmt::format("the cloudwatchEvent event of function '{}' has no 'event' "
                                    "(the rule's event pattern)",
                                    key));
      continue;
    }
    e.pattern = *pattern;
    e.enabled = fields.boolean("enabled").value_or(true);
    e.name = fields.text("name");
    if (e.name) e.nameAt = fields.keyAt("name");
    e.description = fields.text("description");
    e.input = eventrule::readInput(value, "cloudwatchEvent", diagnostics);
    service.events.cloudwatchEvent.events.push_back(std::move(e));
  }
}

}  // namespace slsc::cloudwatchevent
