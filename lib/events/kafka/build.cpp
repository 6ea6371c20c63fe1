// kafka, model: the `kafka` events of a function, {accessConfigurations, bootstrapServers,
// topic, …}.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/kafka/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "naming/event_source.h"

namespace slsc::kafka {
namespace {

std::optional<Event> readEvent(const Node& value, const std::string& function,
                               Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  e.accessAt = e.positionAt = e.filtersAt = e.at;
  if (!value.isMap()) {
    diagnostics.error(e.at, "type-mismatch", "a kafka event is a map with 'topic'");
    return std::nullopt;
  }
  Fields fields(value, diagnostics);
  auto topic = fields.text("topic");
  const Node* servers = fields.node("bootstrapServers");
  if (!topic || !servers) {
    diagnostics.error(e.at, "kafka-event-incomplete",
                      fmt::format("the kafka event of function '{}' needs 'topic', "
                                  "'bootstrapServers' and 'accessConfigurations'",
                                  function));
    return std::nullopt;
  }
  e.topic = *topic;
  e.bootstrapServers = *servers;
  e.accessAt = fields.keyAt("accessConfigurations");
  for (const auto& entry : fields.entries("accessConfigurations"))
    e.accessConfigurations.push_back(
        {entry.key, entry.value.isSeq() ? entry.value.items() : std::vector<Node>{entry.value},
         keyLocation(entry)});
  eventsource::readKafkaSettings(value, fields, e);
  e.id = naming::kafkaMapping(function, e.topic);
  return e;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  eventsource::collectEvents(in, "kafka", service.events.kafka.events,
                             [&](const Node& value) { return readEvent(value, key, diagnostics); });
}

}  // namespace slsc::kafka
