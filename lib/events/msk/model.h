// msk family: its part of the model, every `msk` event (an Amazon MSK cluster) of the service's
// functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "events/event_source/kafka_settings.h"
#include "source/node.h"

namespace slsc::msk {

// Its settings shared with the other Kafka family are eventsource::KafkaSettings.
struct Event : eventsource::KafkaSettings {
  std::size_t function = 0;
  Node arn;             // the cluster's ARN: a string, Fn::ImportValue or Ref
  std::string cluster;  // what the mapping's id is made of
  std::string topic;
  std::string id;       // the mapping's logical id
  std::optional<Node> saslScram512;  // a Secrets Manager secret's ARN
  Location at;
};

struct Model {
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::msk
