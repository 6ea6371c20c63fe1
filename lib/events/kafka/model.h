// kafka family: its part of the model, every `kafka` event (a self-managed Apache Kafka
// cluster) of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::kafka {

// One of accessConfigurations: its key (vpcSubnet, saslPlainAuth, …) and its values.
struct AccessConfiguration {
  std::string key;
  std::vector<Node> values;
  Location at;
};

struct Event {
  std::size_t function = 0;
  std::vector<AccessConfiguration> accessConfigurations;  // in the order written
  Node bootstrapServers;
  std::string topic;
  std::string id;  // the mapping's logical id
  std::optional<Node> batchSize;
  std::optional<Node> maximumBatchingWindow;
  std::optional<Node> enabled;
  std::optional<std::string> startingPosition;
  std::optional<Node> startingPositionTimestamp;
  std::optional<std::string> consumerGroupId;
  std::optional<std::vector<Node>> filterPatterns;
  Location at;
  Location accessAt;
  Location positionAt;
  Location filtersAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::kafka
