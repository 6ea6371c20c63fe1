// The account-level setting that lets API Gateway write logs, which API families with logging
// need: a custom resource, its function, its role and (with frameworkLambda) its log group.
#pragma once

#include "compile/context.h"

namespace slsc::apigateway {

// Adds the custom resource (once, whichever families ask) unless
// provider.logs.restApi.roleManagedExternally; `at` is the
// setting that asked for logs.
void compileAccountCloudWatchRole(CompileContext& context, const Location& at);

}  // namespace slsc::apigateway
