// http: the REST API family (API Gateway v1), the Serverless Framework's `http` events.
#pragma once

#include "events/registry.h"

namespace slsc::http {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp)
void checkModel(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc::http
