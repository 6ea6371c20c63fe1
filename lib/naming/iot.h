// The logical ids of the iot and iotFleetProvisioning families, named as the Serverless
// Framework v3 names them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The n-th (from 1) iot event of a function: its topic rule and its permission.
std::string iotTopicRule(std::string_view function, std::size_t number);
std::string iotTopicRulePermission(std::string_view function, std::size_t number);
// A function's provisioning template (one at most) and its permission.
std::string iotProvisioningTemplate(std::string_view function);
std::string iotProvisioningTemplatePermission(std::string_view function);

}  // namespace slsc::naming
