// schedule family: its part of the model — every `schedule` event of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/event_rule/target.h"
#include "source/node.h"

namespace slsc::schedule {

enum class Method { EventBus, Scheduler };

struct Event {
  std::size_t function = 0;
  std::vector<Node> expressions;  // rate/cron strings, or CloudFormation functions
  bool enabled = true;
  std::optional<std::string> name;
  std::optional<std::string> description;
  eventrule::Input input;
  Method method = Method::EventBus;
  std::optional<std::string> timezone;
  Location at;      // the event's value
  Location nameAt;  // its `name:`, when it has one
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::schedule
