// kafka: the Serverless Framework's `kafka` events (a self-managed Apache Kafka cluster), an
// AWS::Lambda::EventSourceMapping each, and each function's role statements (its secrets, and
// the network interfaces a VPC cluster needs).
#pragma once

#include "events/registry.h"

namespace slsc::kafka {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses (a VPC subnet without a security group, or the
// reverse; AT_TIMESTAMP without its timestamp), ids that collide.
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::kafka
