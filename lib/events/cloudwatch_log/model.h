// cloudwatchLog family: its part of the model, every `cloudwatchLog` event of the service's
// functions: a subscription filter on a log group, and its pattern.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::cloudwatchlog {

struct Event {
  std::size_t function = 0;
  std::size_t index = 1;  // among the function's cloudwatchLog events, from 1
  std::string logGroup;   // line breaks removed, as the reference removes them
  std::string filter;     // the pattern ("" matches everything), quotes unescaped
  Location at;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::cloudwatchlog
