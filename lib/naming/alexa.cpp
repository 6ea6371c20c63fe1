// The alexaSkill and alexaSmartHome families' logical ids.
#include "naming/alexa.h"

namespace slsc::naming {

std::string alexaSkillPermission(std::string_view f, std::size_t n) {
  return normalizedResourceName(f) + "LambdaPermissionAlexaSkill" + std::to_string(n);
}
std::string alexaSmartHomePermission(std::string_view f, std::size_t n) {
  return normalizedResourceName(f) + "LambdaPermissionAlexaSmartHome" + std::to_string(n);
}

}  // namespace slsc::naming
