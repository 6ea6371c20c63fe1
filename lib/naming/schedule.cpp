// The schedule family's logical ids.
#include "naming/schedule.h"

#include <fmt/format.h>

namespace slsc::naming {

std::string scheduleRule(std::string_view f, std::size_t n) {
  return fmt::format("{}EventsRuleSchedule{}", normalizedResourceName(f), n);
}
std::string schedulePermission(std::string_view f, std::size_t n) {
  return fmt::format("{}LambdaPermissionEventsRuleSchedule{}", normalizedResourceName(f), n);
}
std::string schedulerSchedule(std::string_view f, std::size_t n) {
  return fmt::format("{}SchedulerSchedule{}", normalizedResourceName(f), n);
}
std::string scheduleTargetId(std::string_view f) { return concat(f, "Schedule"); }

}  // namespace slsc::naming
