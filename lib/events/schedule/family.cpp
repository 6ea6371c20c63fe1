// schedule: the family's row.
#include "events/schedule/family.h"

namespace slsc::schedule {
namespace {

void compile(CompileContext& context) {
  if (context.service.events.schedule.events.empty()) return;
  runUnit(context, compileRules);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "schedule",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::schedule
