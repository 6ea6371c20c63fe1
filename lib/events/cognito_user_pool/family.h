// cognitoUserPool: Lambda triggers of Cognito user pools, the Serverless Framework's
// `cognitoUserPool` events: pools the stack creates with their LambdaConfig, or existing pools
// configured by a custom resource.
#pragma once

#include "events/registry.h"

namespace slsc::cognito {

EventFamily family();

// model (build.cpp)
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what it merges or drops silently.
void checkModel(const Service& service, Diagnostics& diagnostics);

// compile (pools.cpp): the pools the stack creates, then the triggers' permissions.
void compilePools(CompileContext& context);
// compile (existing.cpp): one custom resource per function on existing pools, the handler.
void compileExisting(CompileContext& context);

// The custom senders, which take a Lambda version and a KMS key.
bool isCustomSender(const std::string& trigger);

}  // namespace slsc::cognito
