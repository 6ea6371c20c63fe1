// The iot and iotFleetProvisioning families' logical ids.
#include "naming/iot.h"

namespace slsc::naming {

std::string iotTopicRule(std::string_view f, std::size_t n) {
  return normalizedResourceName(f) + "IotTopicRule" + std::to_string(n);
}
std::string iotTopicRulePermission(std::string_view f, std::size_t n) {
  return normalizedResourceName(f) + "LambdaPermissionIotTopicRule" + std::to_string(n);
}
std::string iotProvisioningTemplate(std::string_view f) {
  return concat(normalizedResourceName(f), "IotProvisioningTemplate");
}
std::string iotProvisioningTemplatePermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionIotProvisioningTemplate");
}

}  // namespace slsc::naming
