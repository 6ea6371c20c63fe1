// msk family: its part of the model, every `msk` event (an Amazon MSK cluster) of the service's
// functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::msk {

struct Event {
  std::size_t function = 0;
  Node arn;             // the cluster's ARN: a string, Fn::ImportValue or Ref
  std::string cluster;  // what the mapping's id is made of
  std::string topic;
  std::string id;       // the mapping's logical id
  std::optional<Node> batchSize;
  std::optional<Node> maximumBatchingWindow;
  std::optional<Node> enabled;
  std::optional<std::string> startingPosition;
  std::optional<Node> startingPositionTimestamp;
  std::optional<Node> saslScram512;  // a Secrets Manager secret's ARN
  std::optional<std::string> consumerGroupId;
  std::optional<std::vector<Node>> filterPatterns;
  Location at;
  Location positionAt;
  Location filtersAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::msk
