// The eventBridge family's logical ids and generated names.
#include "naming/event_bridge.h"

#include <fmt/format.h>

#include "compile/hash.h"

namespace slsc::naming {
namespace {

// The first 31 - |suffix| characters, the name's MD5, then "-<suffix>": the reference's way
// to keep a generated name within 64 characters.
std::string hashed(std::string_view name, std::string_view suffix) {
  std::size_t keep = 31 - suffix.size();
  return fmt::format("{}{}-{}", name.substr(0, keep), md5Hex(name), suffix);
}

}  // namespace

std::string eventBridgeRuleStem(std::string_view functionName, std::size_t n) {
  return fmt::format("{}-rule-{}", functionName, n);
}
std::string eventBridgeRuleName(std::string_view functionName, std::size_t n) {
  std::string name = eventBridgeRuleStem(functionName, n);
  if (name.size() <= 64) return name;
  return hashed(name, fmt::format("rule-{}", n));
}
std::string eventBridgeTargetId(std::string_view ruleName) {
  std::string id = concat(ruleName, "-target");
  if (id.size() <= 64) return id;
  return hashed(id, "target");
}
std::string eventBridgeRule(std::string_view functionName, std::size_t n) {
  return concat(upperFirst(alphanumericOnly(eventBridgeRuleStem(functionName, n))),
                "EventBridgeRule");
}
std::string eventBridgePermission(std::string_view f, std::size_t n) {
  return fmt::format("{}EventBridgeLambdaPermission{}", normalizedResourceName(f), n);
}
std::string eventBridgeEventBus(std::string_view busName) {
  return concat(normalizedResourceName(busName), "EventBridgeEventBus");
}
std::string eventBridgeCustomResource(std::string_view f, std::size_t n) {
  return fmt::format("{}CustomEventBridge{}", normalizedResourceName(f), n);
}
std::string eventBridgeHandlerFunction() { return lambdaFunction(kEventBridgeHandlerName); }
std::string eventBridgeHandlerLogGroup() { return logGroup(kEventBridgeHandlerName); }

}  // namespace slsc::naming
