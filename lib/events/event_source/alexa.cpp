// The Alexa families' events and permissions.
#include "events/event_source/alexa.h"

#include "events/event_source/permission.h"
#include "model/fields.h"

namespace slsc::eventsource {

void buildAlexaEvents(const FunctionEvents& in, std::string_view key,
                      std::vector<AlexaEvent>& out, Diagnostics& diagnostics) {
  std::size_t number = 0;
  forEachEvent(in, key, [&](const Node& value, const Location& at) {
    AlexaEvent e;
    e.function = in.function;
    e.at = at;
    if (value.isScalar()) {
      e.appId = value.text();
    } else if (value.isMap()) {
      Fields fields(value, diagnostics);
      auto appId = fields.text("appId");
      if (!appId) return;  // the schema requires it
      e.appId = *appId;
      e.enabled = fields.boolean("enabled").value_or(true);
    } else {
      return;
    }
    e.number = ++number;
    out.push_back(std::move(e));
  });
}

void compileAlexaPermissions(CompileContext& context, const std::vector<AlexaEvent>& events,
                             const AlexaPermission& kind) {
  for (const auto& e : events) {
    const Function& fn = context.service.functions[e.function];
    JsonObject properties = permissionProperties(
        context, fn, kind.principal,
        e.enabled ? "lambda:InvokeFunction" : "lambda:DisableInvokeFunction");
    properties.set("EventSourceToken", e.appId);
    context.out.addResource(kind.logicalId(fn.key, e.number),
                            permission(context, fn, properties.take()), e.at);
  }
}

}  // namespace slsc::eventsource
