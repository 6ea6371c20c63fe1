// alexaSkill: the permission that lets an Alexa Skills Kit skill invoke the function, the Serverless
// Framework's `alexaSkill` events.
#pragma once

#include "events/registry.h"

namespace slsc::alexaskill {

EventFamily family();

}  // namespace slsc::alexaskill
