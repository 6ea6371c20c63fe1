// cloudwatchEvent: the family's row.
#include "events/cloudwatch_event/family.h"

namespace slsc::cloudwatchevent {
namespace {

void compile(CompileContext& context) {
  if (context.service.events.cloudwatchEvent.events.empty()) return;
  runUnit(context, compileRules);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "cloudwatchEvent",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = nullptr,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::cloudwatchevent
