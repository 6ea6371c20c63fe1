// The cloudwatchEvent family's logical ids.
#include "naming/cloudwatch_event.h"

#include <fmt/format.h>

namespace slsc::naming {

std::string cloudWatchEventRule(std::string_view f, std::size_t n) {
  return fmt::format("{}EventsRuleCloudWatchEvent{}", normalizedResourceName(f), n);
}
std::string cloudWatchEventPermission(std::string_view f, std::size_t n) {
  return fmt::format("{}LambdaPermissionEventsRuleCloudWatchEvent{}", normalizedResourceName(f), n);
}
std::string cloudWatchEventTargetId(std::string_view f) { return concat(f, "CloudWatchEvent"); }

}  // namespace slsc::naming
