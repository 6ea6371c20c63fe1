// alexaSkill family: its part of the model — every `alexaSkill` event of the service's functions.
#pragma once

#include <vector>

#include "events/event_source/alexa_model.h"

namespace slsc::alexaskill {

struct Model {
  std::vector<eventsource::AlexaEvent> events;  // function by function, in the order written
};

}  // namespace slsc::alexaskill
