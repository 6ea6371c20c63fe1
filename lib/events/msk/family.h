// msk: the Serverless Framework's `msk` events (Amazon MSK clusters), an
// AWS::Lambda::EventSourceMapping each, and each function's role statements (the clusters, the
// network interfaces, and by default the SASL/SCRAM secrets).
#pragma once

#include "events/registry.h"

namespace slsc::msk {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): AT_TIMESTAMP without its timestamp, ids that collide.
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::msk
