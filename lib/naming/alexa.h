// The logical ids of the alexaSkill and alexaSmartHome families, named as the Serverless
// Framework v3 names them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The permission of the n-th (from 1) alexaSkill / alexaSmartHome event of a function.
std::string alexaSkillPermission(std::string_view function, std::size_t number);
std::string alexaSmartHomePermission(std::string_view function, std::size_t number);

}  // namespace slsc::naming
