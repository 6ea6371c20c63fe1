// alb: the Application Load Balancer family, the Serverless Framework's `alb` events and
// provider.alb: a Lambda target group per function and load balancer, a listener rule per
// event, and the permissions.
#pragma once

#include "events/registry.h"

namespace slsc::alb {

EventFamily family();

// model (build.cpp)
void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics);
void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics);
// model (checks.cpp): what the reference refuses, and what it lets fail at deploy time.
void checkModel(const Service& service, Diagnostics& diagnostics);

// The id of the permission that lets a target group register and invoke its function: in
// compat mode one per function, as the reference's; otherwise one per target group, limited to
// it (permissions.cpp).
std::string registerPermissionId(const CompileContext& context, const std::string& function,
                                 std::size_t index);

}  // namespace slsc::alb
