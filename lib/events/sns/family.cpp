// sns: the family's row.
#include "events/sns/family.h"

namespace slsc::sns {

EventFamily family() {
  return EventFamily{.key = "sns",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compileEvents,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::sns
