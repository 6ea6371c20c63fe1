// iot family: its part of the model — every `iot` event (an IoT topic rule that invokes the
// function) of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::iot {

struct Event {
  std::size_t function = 0;
  std::size_t number = 0;  // its place among the function's iot events, from 1
  std::string sql;         // line breaks removed, as the reference removes them
  std::optional<std::string> sqlVersion;
  std::optional<std::string> name;
  std::optional<std::string> description;
  bool enabled = true;
  Location at;
  Location nameAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::iot
