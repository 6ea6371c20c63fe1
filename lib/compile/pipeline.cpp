// The pass list: every resource family, in the order the reference writes them.
#include "compile/pipeline.h"

#include "compile/units.h"

namespace slsc {

void compileService(const Service& service, const FileReader& reader, Template& out) {
  CompileContext context(service, out, reader);
  compileCore(context);
  compileLogGroups(context);
  compileLambdaRole(context);
  compileFunctions(context);
  compileVersions(context);
  if (context.hasWebsockets()) {
    compileWebsocketsApi(context);
    compileWebsocketsIntegrations(context);
    compileWebsocketsRouteResponses(context);
    compileWebsocketsAuthorizers(context);
    compileWebsocketsPermissions(context);
    compileWebsocketsRoutes(context);
    std::string deploymentId = websocketsDeploymentId(context);
    compileWebsocketsStage(context, deploymentId);
    compileApiGatewayCloudWatchRole(context);
    compileWebsocketsDeployment(context, deploymentId);
  }
  compileUserResources(context);
  stripNullProperties(context);
}

}  // namespace slsc
