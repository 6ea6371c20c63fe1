// The websocket family's row in the registry.
#pragma once

#include "events/registry.h"
#include "events/websocket/model.h"

namespace slsc::websockets {

EventFamily family();

// model (build.cpp): the provider's websocket settings, and one function's websocket events.
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (build_domain.cpp): the custom domain, from provider.websocket.domain or v4's
// provider.domain / provider.domains.
void readDomains(const Node& provider, Settings& settings, Diagnostics& diagnostics);
// model (build_direct.cpp): provider.websocket.routes, the routes with no Lambda.
void readDirectRoutes(const Node& websocket, Model& model, Diagnostics& diagnostics);
// model (checks.cpp): route keys, the ids they make, authorizers, log settings.
void checkModel(const Service& service, Diagnostics& diagnostics);
// check (quotas.cpp): this API's routes and authorizers against API Gateway's limits.
void checkQuotas(const Service& service, const Template& out, Diagnostics& diagnostics);

}  // namespace slsc::websockets
