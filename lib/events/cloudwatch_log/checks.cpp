// cloudwatchLog, model: CloudWatch Logs allows two subscription filters per log group; the
// reference refuses a third too (CLOUDWATCHLOG_LOG_GROUP_EVENT_PER_FUNCTION_LIMIT_EXCEEDED).
#include <fmt/format.h>

#include <map>

#include "events/cloudwatch_log/family.h"

namespace slsc::cloudwatchlog {

void checkModel(const Service& service, Diagnostics& diagnostics) {
  constexpr int kFiltersPerLogGroup = 2;
  std::map<std::string, std::vector<const Event*>> byGroup;
  for (const auto& e : service.events.cloudwatchLog.events) {
    auto& seen = byGroup[e.logGroup];
    seen.push_back(&e);
    if (seen.size() == kFiltersPerLogGroup + 1)
      diagnostics.error(e.at, "cloudwatch-log-filter-limit",
                        fmt::format("log group '{}' has a third subscription filter here (lines {} "
                                    "and {} have the others); CloudWatch Logs allows {} per log group",
                                    e.logGroup, seen[0]->at.line, seen[1]->at.line, kFiltersPerLogGroup));
  }
}

}  // namespace slsc::cloudwatchlog
