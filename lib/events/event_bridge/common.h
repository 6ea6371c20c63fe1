// What the eventBridge checks and compile units share: the bus an event's rule goes on, its
// name, the target's input transformer, and the ARNs of this account and region.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compile/json.h"
#include "events/event_bridge/model.h"
#include "model/service.h"

namespace slsc::eventbridge {

// The bus of an event's rule as the reference reads eventBus: no bus or "default" (the default
// bus), a name the stack creates a bus for, an ARN's bus name, or a CloudFormation function.
struct Bus {
  bool isDefault = true;
  bool created = false;          // a bus the stack creates, by `name`
  std::optional<std::string> name;  // the name, when it is text
  const Node* function = nullptr;   // a CloudFormation function
};

Bus busOf(const Event& event);
// The rule's Name: as written, or generated from the deployed function name and the index.
std::string ruleName(const Service& service, const Event& event);
// inputTransformer with each key's first letter upper-cased, in the order written, as both
// forms of the reference write it.
Json inputTransformer(JsonFactory& json, const Node& transformer);
// arn:<partition>:<service>:<region>:<account>:<tail...>, joined as the reference joins it.
Json regionalArn(JsonFactory& json, std::string_view service, std::vector<Json> tail);

}  // namespace slsc::eventbridge
