// cloudwatchLog: the Serverless Framework's `cloudwatchLog` events: subscription filters that
// send a log group's events to a function, and the permissions they need.
#pragma once

#include "events/registry.h"

namespace slsc::cloudwatchlog {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): more subscription filters on one log group than CloudWatch Logs allows.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (compile.cpp)
void compileFilters(CompileContext& context);

}  // namespace slsc::cloudwatchlog
