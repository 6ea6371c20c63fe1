// cloudwatchLog: the family's row.
#include "events/cloudwatch_log/family.h"

namespace slsc::cloudwatchlog {

EventFamily family() {
  return EventFamily{.key = "cloudwatchLog",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compileFilters,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::cloudwatchlog
