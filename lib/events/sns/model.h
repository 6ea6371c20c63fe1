// sns family: its part of the model, every `sns` event of the service's functions: a topic the
// service creates (by name) or an existing one (by ARN), with its subscription's settings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::sns {

// redrivePolicy: the dead-letter queue by ARN, by the logical id of a queue in the stack, or
// by the exports of its ARN and URL.
struct DeadLetterQueue {
  enum class Kind { Arn, Ref, Import };
  Kind kind = Kind::Arn;
  std::string arn;        // Kind::Arn
  std::string logicalId;  // Kind::Ref
  std::optional<Node> importArn;  // Kind::Import
  std::optional<Node> importUrl;
  Location at;
};

struct Event {
  std::size_t function = 0;
  Location at;
  std::string topicName;  // the created topic's name, or what names an existing topic's ids
  Location topicAt;
  std::optional<Node> arn;            // an existing topic: an ARN or a CloudFormation function
  std::optional<std::string> region;  // the ARN's region, when it is not the service's
  std::optional<std::string> displayName;
  Location displayNameAt;
  std::optional<Node> filterPolicy;
  std::optional<Node> filterPolicyScope;
  std::optional<DeadLetterQueue> deadLetter;
  std::optional<Node> kmsMasterKeyId;  // the created topic's key (not in the reference v3)
  Location kmsAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::sns
