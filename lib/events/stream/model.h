// stream family: its part of the model, every `stream` event (DynamoDB and Kinesis streams) of
// the service's functions, and provider.kinesis.consumerNamingMode.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::stream {

// destinations.onFailure: an ARN, or {arn, type}.
struct OnFailure {
  Node arn;
  std::string type;  // sns, or anything else (sqs)
};

struct Event {
  std::size_t function = 0;
  Node arn;                // the stream's ARN: a string or a CloudFormation function
  std::string type;        // dynamodb or kinesis (as written, else the ARN's service)
  std::string streamName;  // what the mapping's id is made of
  std::string id;          // the mapping's logical id
  bool objectForm = false;
  std::optional<Node> batchSize;
  std::optional<Node> parallelizationFactor;
  std::optional<std::string> startingPosition;
  std::optional<Node> startingPositionTimestamp;
  std::optional<Node> enabled;
  // consumer: true (a consumer of the stack's own) or a consumer's ARN; Kinesis only.
  bool createConsumer = false;
  std::optional<Node> consumerArn;
  std::optional<Node> batchWindow;
  std::optional<Node> maximumRetryAttempts;
  std::optional<Node> bisectBatchOnFunctionError;
  std::optional<Node> maximumRecordAgeInSeconds;
  std::optional<std::string> functionResponseType;
  std::optional<OnFailure> onFailure;
  std::optional<Node> tumblingWindowInSeconds;
  std::optional<std::vector<Node>> filterPatterns;
  Location at;
  Location positionAt;
  Location filtersAt;
  Location consumerAt;

  bool usesConsumer() const { return createConsumer || consumerArn.has_value(); }
};

struct Model {
  bool serviceSpecificConsumerNames = false;  // provider.kinesis.consumerNamingMode is set
  std::vector<Event> events;                  // function by function, in the order written
};

}  // namespace slsc::stream
