// eventBridge: the Serverless Framework's `eventBridge` events — an EventBridge rule on the
// default bus, on a bus the stack creates or on an existing one, by pattern or schedule; native
// CloudFormation resources, or custom resources (provider.eventBridge.useCloudFormation: false).
#pragma once

#include "events/registry.h"

namespace slsc::eventbridge {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what it lets fail at deploy time.
void checkModel(const Service& service, Diagnostics& diagnostics);
// compile (rules.cpp): buses, rules and permissions, as native CloudFormation resources.
void compileRules(CompileContext& context);
// compile (custom_rules.cpp): without CloudFormation, one custom resource per event, its
// handler and the custom resources' role statements.
void compileCustomRules(CompileContext& context);

}  // namespace slsc::eventbridge
