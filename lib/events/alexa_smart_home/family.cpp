// alexaSmartHome: the family's row, its model and its unit (one permission per event).
#include "events/alexa_smart_home/family.h"

#include "events/event_source/alexa.h"
#include "naming/alexa.h"

namespace slsc::alexasmarthome {
namespace {

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  eventsource::buildAlexaEvents(in, "alexaSmartHome", service.events.alexaSmartHome.events, diagnostics);
}

void compilePermissions(CompileContext& context) {
  eventsource::compileAlexaPermissions(context, context.service.events.alexaSmartHome.events,
                                       {"alexa-connectedhome.amazon.com", naming::alexaSmartHomePermission});
}

void compile(CompileContext& context) {
  if (context.service.events.alexaSmartHome.events.empty()) return;
  runUnit(context, compilePermissions);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "alexaSmartHome",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = nullptr,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::alexasmarthome
