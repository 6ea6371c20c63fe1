// iot: AWS IoT topic rules with a Lambda action, the Serverless Framework's `iot` events.
#pragma once

#include "events/registry.h"

namespace slsc::iot {

EventFamily family();

}  // namespace slsc::iot
