// sqs: the Serverless Framework's `sqs` events, an AWS::Lambda::EventSourceMapping each, and
// the role's statement over every queue.
#pragma once

#include "events/registry.h"

namespace slsc::sqs {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): one mapping per queue and function, ids that collide, batch sizes and
// filters AWS refuses.
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::sqs
