// What the Amazon MQ families (activemq, rabbitmq) keep in the model: their events, one type for
// both (rabbitmq adds a virtual host).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::eventsource {

struct BrokerEvent {
  std::size_t function = 0;
  Node arn;           // the broker's ARN: a string, Fn::ImportValue or Ref
  Node basicAuthArn;  // the Secrets Manager secret of its user
  std::string queue;
  std::string id;  // the mapping's logical id
  std::optional<Node> batchSize;
  std::optional<Node> maximumBatchingWindow;
  std::optional<Node> enabled;
  std::optional<std::string> virtualHost;  // rabbitmq
  std::optional<std::vector<Node>> filterPatterns;
  Location at;
  Location filtersAt;
};

struct BrokerModel {
  std::vector<BrokerEvent> events;  // function by function, in the order written
};

}  // namespace slsc::eventsource
