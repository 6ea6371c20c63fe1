// sqs family: its part of the model, every `sqs` event of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::sqs {

struct Event {
  std::size_t function = 0;
  Node arn;               // the queue's ARN: a string or a CloudFormation function
  std::string queueName;  // what the mapping's id is made of
  std::string id;         // the mapping's logical id
  std::optional<Node> batchSize;
  std::optional<Node> maximumBatchingWindow;
  std::optional<Node> enabled;
  std::optional<std::string> functionResponseType;
  std::optional<std::vector<Node>> filterPatterns;
  std::optional<Node> maximumConcurrency;
  bool fifo = false;  // the queue is known to be a FIFO queue
  Location at;
  Location batchSizeAt;
  Location filtersAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::sqs
