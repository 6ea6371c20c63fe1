// alexaSmartHome: the permission that lets an Alexa Smart Home skill invoke the function, the Serverless
// Framework's `alexaSmartHome` events.
#pragma once

#include "events/registry.h"

namespace slsc::alexasmarthome {

EventFamily family();

}  // namespace slsc::alexasmarthome
