// What the API Gateway families share in the model: the account's CloudWatch role settings
// (provider.logs.restApi.role and roleManagedExternally, provider.logs.frameworkLambda).
#pragma once

#include <optional>

#include "source/node.h"

namespace slsc::apigateway {

struct Settings {
  std::optional<Node> cloudWatchRole;        // provider.logs.restApi.role
  bool cloudWatchRoleManagedExternally = false;
  bool frameworkLambdaLogs = false;          // provider.logs.frameworkLambda
};

}  // namespace slsc::apigateway
