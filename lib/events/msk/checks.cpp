// msk, model: checks across the service. What the reference refuses (AT_TIMESTAMP without its
// timestamp), and what it lets pass silently: two events whose ids collide (the second replaces
// the first).
#include "events/event_source/mapping.h"
#include "events/msk/family.h"

namespace slsc::msk {

void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::vector<eventsource::MappingRef> mappings;
  for (const auto& e : service.events.msk.events) {
    const std::string& function = service.functions[e.function].key;
    eventsource::checkStartingTimestamp("msk", function, e.startingPosition,
                                        e.startingPositionTimestamp, e.positionAt, diagnostics);
    if (e.filterPatterns) eventsource::checkFilterCount(*e.filterPatterns, e.filtersAt, diagnostics);
    // Each event is a source of its own: one cluster and topic twice is an id collision.
    mappings.push_back({e.id, std::to_string(mappings.size()), "topic '" + e.topic + "'", e.function,
                        function, e.at});
  }
  eventsource::checkMappings(mappings, "msk", diagnostics);
}

}  // namespace slsc::msk
