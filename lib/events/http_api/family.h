// httpApi: the HTTP API family (API Gateway v2, ProtocolType HTTP), the Serverless Framework's
// `httpApi` events and provider.httpApi.
#pragma once

#include "events/registry.h"

namespace slsc::httpapi {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what it lets fail at deploy time.
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::httpapi
