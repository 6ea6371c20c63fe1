// The pass list: every resource family, in the order the reference writes them.
#include "compile/pipeline.h"

#include <utility>

#include "compile/units.h"

namespace slsc {

namespace {

// Runs one unit; what it built and did not add to the template is released after it.
template <class Unit, class... Args>
void run(CompileContext& context, Unit unit, Args&&... args) {
  unit(context, std::forward<Args>(args)...);
  context.out.releaseScratch();
}

}  // namespace

void compileService(const Service& service, const FileReader& reader, Template& out) {
  CompileContext context(service, out, reader);
  run(context, compileCore);
  run(context, compileLogGroups);
  run(context, compileLambdaRole);
  run(context, compileFunctions);
  run(context, compileVersions);
  run(context, compileFunctionUrls);
  run(context, compileEventInvokeConfigs);
  if (context.hasWebsockets()) {
    run(context, compileWebsocketsApi);
    run(context, compileWebsocketsIntegrations);
    run(context, compileWebsocketsRouteResponses);
    run(context, compileWebsocketsAuthorizers);
    run(context, compileWebsocketsPermissions);
    run(context, compileWebsocketsRoutes);
    std::string deploymentId = websocketsDeploymentId(context);
    run(context, compileWebsocketsStage, deploymentId);
    run(context, compileApiGatewayCloudWatchRole);
    run(context, compileWebsocketsDeployment, deploymentId);
  }
  run(context, compileUserResources);
  run(context, stripNullProperties);
}

}  // namespace slsc
