// The alb family's logical ids and target group names.
#include "naming/alb.h"

#include "compile/hash.h"

namespace slsc::naming {

std::string albTargetGroup(std::string_view f, std::string_view albId, bool multiValue) {
  return concat(normalizedResourceName(f),
                concat(multiValue ? "AlbMultiValueTargetGroup" : "AlbTargetGroup", albId));
}
std::string albListenerRule(std::string_view f, std::int64_t priority) {
  return concat(normalizedResourceName(f), concat("AlbListenerRule", std::to_string(priority)));
}
std::string albPermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionAlb");
}
std::string albRegisterTargetPermission(std::string_view f, std::size_t index) {
  std::string id = concat(normalizedResourceName(f), "LambdaPermissionRegisterTarget");
  return index == 0 ? id : id + std::to_string(index + 1);
}

namespace {
std::string tag(std::string_view service, std::string_view function, std::string_view albId,
                bool multiValue, std::string_view stage) {
  std::string out;
  for (std::string_view part : {service, function, albId}) out.append(part).push_back('-');
  if (multiValue) out += "multi-value-";
  return out.append(stage);
}
}  // namespace

std::string albTargetGroupNameTag(std::string_view service, std::string_view function,
                                  std::string_view albId, std::string_view stage) {
  return tag(service, function, albId, false, stage);
}
std::string albTargetGroupName(std::string_view prefix, std::string_view service,
                               std::string_view function, std::string_view albId,
                               bool multiValue, std::string_view stage) {
  std::string name =
      concat(prefix, md5Hex(tag(service, function, albId, multiValue, stage)));
  return name.substr(0, 32);
}

}  // namespace slsc::naming
