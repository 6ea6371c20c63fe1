// model: provider.logs.restApi's role settings and provider.logs.frameworkLambda, which the
// account's CloudWatch role (cloudwatch_role.cpp) reads whichever API family asks for it.
#include "events/apigateway/build.h"

#include "model/fields.h"

namespace slsc::apigateway {

Settings buildSettings(const Node& provider, Diagnostics& diagnostics) {
  Settings out;
  const Node* logs = provider.get("logs");
  if (!logs || !logs->isMap()) return out;
  if (const Node* restApi = logs->get("restApi"); restApi && restApi->isMap()) {
    Fields rest(*restApi, diagnostics);
    out.cloudWatchRole = rest.copy("role");
    out.cloudWatchRoleManagedExternally = rest.boolean("roleManagedExternally").value_or(false);
  }
  if (const Node* framework = logs->get("frameworkLambda"))
    out.frameworkLambdaLogs = framework->asBool().value_or(false);
  return out;
}

}  // namespace slsc::apigateway
