// stream: the Serverless Framework's `stream` events (DynamoDB and Kinesis streams), an
// AWS::Lambda::EventSourceMapping each (and an AWS::Kinesis::StreamConsumer for `consumer:
// true`), and each function's role statements.
#pragma once

#include "events/registry.h"

namespace slsc::stream {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): one mapping per stream and function, ids that collide, starting positions
// AWS refuses.
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::stream
