// The model of an alexaSkill or alexaSmartHome event (its families' model headers hold these).
#pragma once

#include <cstddef>
#include <string>

#include "source/node.h"

namespace slsc::eventsource {

struct AlexaEvent {
  std::size_t function = 0;
  std::size_t number = 0;  // its place among the function's events of its family, from 1
  std::string appId;
  bool enabled = true;
  Location at;
};

}  // namespace slsc::eventsource
