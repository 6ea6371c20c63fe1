// eventBridge family: its part of the model — provider.eventBridge and every `eventBridge`
// event of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/event_rule/target.h"
#include "source/node.h"

namespace slsc::eventbridge {

struct Event {
  std::size_t function = 0;
  std::size_t index = 0;            // 1-based, among all the function's events: names derive from it
  std::optional<Node> eventBus;     // a name, an ARN, or a CloudFormation function
  std::optional<Node> schedule;     // a rate/cron expression
  std::optional<Node> pattern;      // the event pattern
  std::optional<std::string> name;  // the rule's name as written
  std::optional<Node> description;
  bool enabled = true;
  eventrule::Input input;
  std::optional<Node> retryPolicy;  // {maximumEventAge, maximumRetryAttempts}
  std::optional<Node> deadLetterQueueArn;
  Location at;
  Location nameAt;
  Location busAt;
  Location retryPolicyAt;  // its key: the value is a map
};

struct Settings {
  // Native CloudFormation resources, or the reference's custom resources: a provider.eventBridge
  // map without useCloudFormation: true means custom resources, as in the reference.
  bool useCloudFormation = true;
  Location at;  // provider.eventBridge, when it is written
  bool written = false;
  bool settingWritten = false;  // useCloudFormation itself
};

struct Model {
  Settings settings;
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::eventbridge
