// cloudwatchEvent: the Serverless Framework's `cloudwatchEvent` events, an EventBridge rule on
// the default bus per event, with the permission that lets it invoke the function.
#pragma once

#include "events/registry.h"

namespace slsc::cloudwatchevent {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// compile (rules.cpp)
void compileRules(CompileContext& context);

}  // namespace slsc::cloudwatchevent
