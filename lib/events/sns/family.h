// sns: the Serverless Framework's `sns` events: topics, subscriptions, dead-letter queue
// policies and the permissions that let SNS invoke the functions.
#pragma once

#include "events/registry.h"

namespace slsc::sns {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): events whose resources would replace one another.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (compile.cpp)
void compileEvents(CompileContext& context);

}  // namespace slsc::sns
