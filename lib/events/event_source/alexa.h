// What alexaSkill and alexaSmartHome share: an event that is an app id or {appId, enabled},
// compiled into one permission with the app id as its event source token.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"
#include "events/event_source/alexa_model.h"
#include "events/registry.h"

namespace slsc::eventsource {


// The function's events of `key` (alexaSkill or alexaSmartHome), appended to `out`.
void buildAlexaEvents(const FunctionEvents& in, std::string_view key,
                      std::vector<AlexaEvent>& out, Diagnostics& diagnostics);

struct AlexaPermission {
  std::string_view principal;
  std::string (*logicalId)(std::string_view function, std::size_t number);
};

// One permission per event: lambda:InvokeFunction, or lambda:DisableInvokeFunction when the
// event is disabled, for the principal, with the app id as EventSourceToken.
void compileAlexaPermissions(CompileContext& context, const std::vector<AlexaEvent>& events,
                             const AlexaPermission& kind);

}  // namespace slsc::eventsource
