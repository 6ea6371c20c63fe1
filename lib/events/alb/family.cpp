// alb: the family's row and its pass list, in the reference's order.
#include "events/alb/family.h"

#include "events/alb/common.h"
#include "events/alb/units.h"

namespace slsc::alb {
namespace {

void compile(CompileContext& context) {
  if (model(context.service).events.empty()) return;
  runUnit(context, compileTargetGroups);
  runUnit(context, compileListenerRules);
  runUnit(context, compilePermissions);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "alb",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::alb
