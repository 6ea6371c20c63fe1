// The logical ids and generated names of the eventBridge family, as the Serverless Framework v3
// makes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// "<deployed function name>-rule-<n>", n the event's 1-based index among all the function's
// events: what the rule's logical id derives from.
std::string eventBridgeRuleStem(std::string_view functionName, std::size_t n);
// The rule's Name when the event gives none: the stem, shortened with an MD5 when it is longer
// than EventBridge's 64 characters.
std::string eventBridgeRuleName(std::string_view functionName, std::size_t n);
// The target's Id: "<rule name>-target", shortened the same way.
std::string eventBridgeTargetId(std::string_view ruleName);
// The rule: the stem's letters and digits, then "EventBridgeRule".
std::string eventBridgeRule(std::string_view functionName, std::size_t n);
// The permission: the function's key, then "EventBridgeLambdaPermission<n>".
std::string eventBridgePermission(std::string_view function, std::size_t n);
// An event bus the stack creates, by its name.
std::string eventBridgeEventBus(std::string_view busName);

// useCloudFormation: false: one Custom::EventBridge per event (<Fn>CustomEventBridge<n>), and
// the function that runs them, by its short name, with its log group.
std::string eventBridgeCustomResource(std::string_view function, std::size_t n);
inline constexpr std::string_view kEventBridgeHandlerName = "custom-resource-event-bridge";
std::string eventBridgeHandlerFunction();
std::string eventBridgeHandlerLogGroup();

}  // namespace slsc::naming
