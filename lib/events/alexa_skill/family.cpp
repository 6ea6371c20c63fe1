// alexaSkill: the family's row, its model and its unit (one permission per event).
#include "events/alexa_skill/family.h"

#include "events/event_source/alexa.h"
#include "naming/alexa.h"

namespace slsc::alexaskill {
namespace {

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  eventsource::buildAlexaEvents(in, "alexaSkill", service.events.alexaSkill.events, diagnostics);
}

void compilePermissions(CompileContext& context) {
  eventsource::compileAlexaPermissions(context, context.service.events.alexaSkill.events,
                                       {"alexa-appkit.amazon.com", naming::alexaSkillPermission});
}

void compile(CompileContext& context) {
  if (context.service.events.alexaSkill.events.empty()) return;
  runUnit(context, compilePermissions);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "alexaSkill",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = nullptr,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::alexaskill
