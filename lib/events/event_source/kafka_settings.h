// The settings the Kafka families (kafka, msk) share, as their models keep them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::eventsource {

struct KafkaSettings {
  std::optional<Node> batchSize;
  std::optional<Node> maximumBatchingWindow;
  std::optional<Node> enabled;
  std::optional<std::string> startingPosition;
  std::optional<Node> startingPositionTimestamp;
  std::optional<std::string> consumerGroupId;
  std::optional<std::vector<Node>> filterPatterns;
  Location positionAt;
  Location filtersAt;
};

}  // namespace slsc::eventsource
