// What the event-source families of this folder's owner (cognitoUserPool, iot,
// iotFleetProvisioning, alexaSkill, alexaSmartHome) share: the Lambda permission that lets a
// service invoke a function, and the items of one family in a function's `events:`.
#pragma once

#include <functional>
#include <string_view>

#include "compile/context.h"
#include "events/registry.h"

namespace slsc::eventsource {

// The permission's properties: FunctionName (the function's alias when it has one), Action,
// Principal; the caller adds SourceArn, SourceAccount or EventSourceToken.
JsonObject permissionProperties(CompileContext& context, const Function& fn,
                                std::string_view principal,
                                std::string_view action = "lambda:InvokeFunction");
// An AWS::Lambda::Permission with those properties, depending on the function's alias when it
// has one (as the reference's).
Json permission(CompileContext& context, const Function& fn, Json properties);
// {"Ref": "AWS::AccountId"}: the SourceAccount of the default mode's permissions.
Json thisAccount(CompileContext& context);

// Calls `each(value, keyAt)` for every event of `key` in the function's list, in order.
void forEachEvent(const FunctionEvents& in, std::string_view key,
                  const std::function<void(const Node& value, const Location& keyAt)>& each);

}  // namespace slsc::eventsource
