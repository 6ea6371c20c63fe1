// cognitoUserPool family: its part of the model — every `cognitoUserPool` event of the
// service's functions: a trigger of a pool the stack creates, or of an existing one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::cognito {

struct Event {
  std::size_t function = 0;
  std::string pool;
  std::string trigger;  // PreSignUp, …, CustomSMSSender, CustomEmailSender
  bool existing = false;
  bool forceDeploy = false;
  std::optional<Node> kmsKeyId;  // the custom senders' key
  Location at;
  Location poolAt;
  Location triggerAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::cognito
