// http: the family's row and its pass list, in the reference's order: the REST API, its
// resources, the CORS preflights, the methods, the authorizers, the deployment, the API keys,
// the usage plans and their keys, the permissions, the stage.
#include "events/http/family.h"

#include "events/http/common.h"
#include "events/http/units.h"

namespace slsc::http {
namespace {

void compile(CompileContext& context) {
  if (model(context.service).events.empty()) return;
  std::vector<std::string> methodIds;
  runUnit(context, compileRestApi);
  runUnit(context, compileResources);
  runUnit(context, compileCors, methodIds);
  runUnit(context, compileMethods, methodIds);
  runUnit(context, compileRequestValidators);
  runUnit(context, compileAuthorizers);
  std::string id = deploymentId(context);
  runUnit(context, compileDeployment, id, methodIds);
  runUnit(context, compileKeys, id);
  runUnit(context, compilePermissions);
  runUnit(context, compileStage);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "http",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::http
