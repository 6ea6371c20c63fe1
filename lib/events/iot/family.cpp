// iot: the family's row and its pass list.
#include "events/iot/family.h"

namespace slsc::iot {
namespace {

void compile(CompileContext& context) {
  if (context.service.events.iot.events.empty()) return;
  runUnit(context, compileRules);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "iot",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::iot
