// kafka, model: checks across the service. What the reference refuses (a VPC subnet without a
// security group or the reverse, AT_TIMESTAMP without its timestamp), and what it lets pass
// silently: a topic read twice by one function (one id: the second event replaces the first).
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/kafka/family.h"

namespace slsc::kafka {
namespace {

bool has(const Event& e, std::string_view key) {
  for (const auto& c : e.accessConfigurations)
    if (c.key == key) return true;
  return false;
}

void checkEvent(const Service& service, const Event& e, Diagnostics& diagnostics) {
  const std::string& function = service.functions[e.function].key;
  bool subnet = has(e, "vpcSubnet");
  bool group = has(e, "vpcSecurityGroup");
  if (subnet != group)
    diagnostics.error(e.accessAt, "kafka-vpc-incomplete",
                      fmt::format("the kafka event of function '{}' has {} but no {}: a VPC "
                                  "cluster needs both",
                                  function, subnet ? "vpcSubnet" : "vpcSecurityGroup",
                                  subnet ? "vpcSecurityGroup" : "vpcSubnet"));
  eventsource::checkStartingTimestamp("kafka", function, e.startingPosition,
                                      e.startingPositionTimestamp, e.positionAt, diagnostics);
  if (e.filterPatterns) eventsource::checkFilterCount(*e.filterPatterns, e.filtersAt, diagnostics);
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::vector<eventsource::MappingRef> mappings;
  for (const auto& e : service.events.kafka.events) {
    checkEvent(service, e, diagnostics);
    // Each event is a source of its own: one topic twice is an id collision (the reference
    // keeps the last).
    mappings.push_back({e.id, std::to_string(mappings.size()),
                        "topic '" + e.topic + "'", e.function, service.functions[e.function].key, e.at});
  }
  eventsource::checkMappings(mappings, "kafka", diagnostics);
}

}  // namespace slsc::kafka
