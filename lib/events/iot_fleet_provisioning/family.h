// iotFleetProvisioning: AWS IoT fleet provisioning templates with the function as their
// pre-provisioning hook, the Serverless Framework's `iotFleetProvisioning` events.
#pragma once

#include "events/registry.h"

namespace slsc::iotfleet {

EventFamily family();

}  // namespace slsc::iotfleet
