// schedule: the Serverless Framework's `schedule` events — an EventBridge rule (method
// eventBus, the default) or an EventBridge Scheduler schedule (method scheduler) per expression.
#pragma once

#include "events/registry.h"

namespace slsc::schedule {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what it lets fail at deploy time.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (rules.cpp): the Scheduler's role statement, then the rules and schedules.
void contribute(CompileContext& context, Contributions& out);
void compileRules(CompileContext& context);

}  // namespace slsc::schedule
