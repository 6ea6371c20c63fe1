// cloudwatchEvent family: its part of the model — every `cloudwatchEvent` event of the
// service's functions (an EventBridge rule on the default bus, by event pattern).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/event_rule/target.h"
#include "source/node.h"

namespace slsc::cloudwatchevent {

struct Event {
  std::size_t function = 0;
  Node pattern;  // `event`: the rule's event pattern
  bool enabled = true;
  std::optional<std::string> name;
  std::optional<std::string> description;
  eventrule::Input input;
  Location at;
  Location nameAt;  // its `name:`, when it has one
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::cloudwatchevent
