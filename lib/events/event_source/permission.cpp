// The Lambda permission of the event-source families, and their walk over a function's events.
#include "events/event_source/permission.h"

#include "model/builders.h"

namespace slsc::eventsource {

JsonObject permissionProperties(CompileContext& context, const Function& fn,
                                std::string_view principal, std::string_view action) {
  JsonObject properties(context.json());
  properties.set("FunctionName", context.lambdaTarget(fn))
      .set("Action", action)
      .set("Principal", principal);
  return properties;
}

Json permission(CompileContext& context, const Function& fn, Json properties) {
  JsonFactory& json = context.json();
  JsonObject out(json);
  out.set("Type", "AWS::Lambda::Permission");
  if (auto alias = context.aliasId(fn)) out.set("DependsOn", json.str(*alias));
  return out.set("Properties", std::move(properties)).take();
}

Json thisAccount(CompileContext& context) { return context.json().ref("AWS::AccountId"); }

void forEachEvent(const FunctionEvents& in, std::string_view key,
                  const std::function<void(const Node& value, const Location& keyAt)>& each) {
  if (!in.events.isSeq()) return;
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    if (const MapEntry* entry = event.entry(key)) each(entry->value, keyLocation(*entry));
  }
}

}  // namespace slsc::eventsource
