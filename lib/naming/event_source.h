// The logical ids of the event-source-mapping families (stream, sqs, kafka, msk, activemq,
// rabbitmq), named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// "my-queue.fifo" → "Myqueuefifo": letters and digits only, the first upper-cased (the
// reference's normalizeNameToAlphaNumericOnly).
std::string alphanumericName(std::string_view name);

// stream: <Function>EventSourceMapping<Type><Stream> ("dynamodb" → "Dynamodb").
std::string streamMapping(std::string_view function, std::string_view type, std::string_view stream);
// stream: a Kinesis consumer's name is <function><stream>Consumer, or with the service and stage
// (provider.kinesis.consumerNamingMode) <function><stream><service><stage>Consumer; its id is
// <NormalizedName>StreamConsumer.
std::string streamConsumerName(std::string_view function, std::string_view stream,
                               std::string_view serviceAndStage);
std::string streamConsumer(std::string_view consumerName);

// sqs: <Function>EventSourceMappingSQS<Queue>.
std::string sqsMapping(std::string_view function, std::string_view queue);

// kafka: <Function>EventSourceMappingKafka<Topic>, the topic cut to 158 characters.
std::string kafkaMapping(std::string_view function, std::string_view topic);

// msk: <Function>EventSourceMappingMSK<Cluster><Topic>, each cut to 79 characters.
std::string mskMapping(std::string_view function, std::string_view cluster, std::string_view topic);

// activemq and rabbitmq: <Function>EventSourceMapping<Broker><Queue> (Broker: ActiveMQ or
// RabbitMQ), the queue cut to 150 characters.
std::string brokerMapping(std::string_view function, std::string_view broker, std::string_view queue);

}  // namespace slsc::naming
