// eventBridge: the family's row.
#include "events/event_bridge/family.h"

namespace slsc::eventbridge {
namespace {

void compile(CompileContext& context) {
  const Model& m = context.service.events.eventBridge;
  if (m.events.empty()) return;
  runUnit(context, m.settings.useCloudFormation ? compileRules : compileCustomRules);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "eventBridge",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::eventbridge
