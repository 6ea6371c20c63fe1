// The event-source-mapping families' logical ids.
#include "naming/event_source.h"

namespace slsc::naming {

std::string alphanumericName(std::string_view name) { return upperFirst(alphanumericOnly(name)); }

std::string streamMapping(std::string_view f, std::string_view type, std::string_view stream) {
  return concat(normalizedResourceName(f),
                concat("EventSourceMapping", concat(upperFirst(type), alphanumericName(stream))));
}

std::string streamConsumerName(std::string_view f, std::string_view stream,
                               std::string_view serviceAndStage) {
  return concat(f, concat(stream, concat(serviceAndStage, "Consumer")));
}

std::string streamConsumer(std::string_view consumerName) {
  return concat(normalizedResourceName(consumerName), "StreamConsumer");
}

std::string sqsMapping(std::string_view f, std::string_view queue) {
  return concat(normalizedResourceName(f), concat("EventSourceMappingSQS", alphanumericName(queue)));
}

std::string kafkaMapping(std::string_view f, std::string_view topic) {
  return concat(normalizedResourceName(f),
                concat("EventSourceMappingKafka", alphanumericName(topic).substr(0, 158)));
}

std::string mskMapping(std::string_view f, std::string_view cluster, std::string_view topic) {
  return concat(normalizedResourceName(f),
                concat("EventSourceMappingMSK", concat(alphanumericName(cluster).substr(0, 79),
                                                       alphanumericName(topic).substr(0, 79))));
}

std::string brokerMapping(std::string_view f, std::string_view broker, std::string_view queue) {
  return concat(normalizedResourceName(f),
                concat("EventSourceMapping", concat(broker, alphanumericName(queue).substr(0, 150))));
}

}  // namespace slsc::naming
