// iot: AWS IoT topic rules with a Lambda action, the Serverless Framework's `iot` events.
#pragma once

#include "events/registry.h"

namespace slsc::iot {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): rule names AWS IoT refuses, or that two rules share.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (rules.cpp): each event's topic rule and its permission.
void compileRules(CompileContext& context);

}  // namespace slsc::iot
