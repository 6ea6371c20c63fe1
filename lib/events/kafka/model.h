// kafka family: its part of the model, every `kafka` event (a self-managed Apache Kafka
// cluster) of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/event_source/kafka_settings.h"
#include "source/node.h"

namespace slsc::kafka {

// One of accessConfigurations: its key (vpcSubnet, saslPlainAuth, …) and its values.
struct AccessConfiguration {
  std::string key;
  std::vector<Node> values;
  Location at;
};

// Its settings shared with the other Kafka family are eventsource::KafkaSettings.
struct Event : eventsource::KafkaSettings {
  std::size_t function = 0;
  std::vector<AccessConfiguration> accessConfigurations;  // in the order written
  Node bootstrapServers;
  std::string topic;
  std::string id;  // the mapping's logical id
  Location at;
  Location accessAt;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::kafka
