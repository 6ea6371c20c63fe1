// The bus, rule name and input transformer of an eventBridge event.
#include "events/event_bridge/common.h"

#include "naming/event_bridge.h"

namespace slsc::eventbridge {

Bus busOf(const Event& event) {
  Bus bus;
  if (!event.eventBus || event.eventBus->isNull()) return bus;
  const Node& value = *event.eventBus;
  if (!value.isScalar()) {
    bus.isDefault = false;
    bus.function = &value;
    return bus;
  }
  std::string text = value.text();
  bool arn = text.rfind("arn", 0) == 0;
  if (arn) text = text.substr(text.find('/') == std::string::npos ? 0 : text.find('/') + 1);
  bus.name = text;
  bus.isDefault = text == "default" || text.empty();
  bus.created = !arn && !bus.isDefault;
  return bus;
}

std::string ruleName(const Service& service, const Event& event) {
  if (event.name) return *event.name;
  return naming::eventBridgeRuleName(service.functions[event.function].name, event.index);
}

Json inputTransformer(JsonFactory& json, const Node& transformer) {
  JsonObject out(json);
  for (const auto& e : transformer.entries()) out.set(naming::upperFirst(e.key), json.fromNode(e.value));
  return out.take();
}

Json regionalArn(JsonFactory& json, std::string_view service, std::vector<Json> tail) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(service));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.ref("AWS::AccountId"));
  for (auto& t : tail) parts.push_back(std::move(t));
  return json.join(":", std::move(parts));
}

}  // namespace slsc::eventbridge
