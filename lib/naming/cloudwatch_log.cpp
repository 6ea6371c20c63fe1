// The cloudwatchLog family's logical ids.
#include "naming/cloudwatch_log.h"

namespace slsc::naming {

std::string cloudWatchLogSubscriptionFilter(std::string_view f, std::size_t index) {
  return concat(normalizedResourceName(f), "LogsSubscriptionFilterCloudWatchLog" + std::to_string(index));
}
std::string cloudWatchLogPermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionLogsSubscriptionFilterCloudWatchLog");
}

std::string cloudWatchLogPermission(std::string_view f, std::size_t index) {
  std::string id = cloudWatchLogPermission(f);
  return index > 1 ? id + std::to_string(index) : id;
}

}  // namespace slsc::naming
