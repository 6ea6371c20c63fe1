// iotFleetProvisioning family: its part of the model — the `iotFleetProvisioning` event of a
// function (one at most): a fleet provisioning template whose pre-provisioning hook it is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::iotfleet {

struct Event {
  std::size_t function = 0;
  Node provisioningRoleArn;
  Node templateBody;  // a map, written as JSON text into TemplateBody
  std::optional<bool> enabled;
  std::optional<std::string> templateName;
  Location at;
};

struct Model {
  std::vector<Event> events;  // function by function
};

}  // namespace slsc::iotfleet
