// websocket: the family's row, its pass list, and what it contributes to the role.
#include "events/websocket/family.h"

#include "events/apigateway/cloudwatch_role.h"
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

void compile(CompileContext& context) {
  if (!hasApi(context.service)) return;
  runUnit(context, compileApi);
  runUnit(context, compileIntegrations);
  runUnit(context, compileRouteResponses);
  runUnit(context, compileAuthorizers);
  runUnit(context, compilePermissions);
  runUnit(context, compileModels);
  runUnit(context, compileRoutes);
  runUnit(context, compileDirectRoutes);
  std::string id = deploymentId(context);
  runUnit(context, compileStage, id);
  const Logs& logs = model(context.service).settings.logs;
  if (logs.enabled && !usesExistingApi(context.service))
    runUnit(context, apigateway::compileAccountCloudWatchRole, logs.at);
  runUnit(context, compileDeployment, id);
  runUnit(context, compileKeys, id);
  runUnit(context, compileDomain, id);
}

// provider.websocket.managementEndpointVariable: the management endpoint in every function's
// environment, unless the function sets that variable itself.
void addEnvironment(CompileContext& context, const Function& fn, JsonObject& variables) {
  const auto& name = model(context.service).settings.managementEndpointVariable;
  if (!name || model(context.service).events.empty()) return;
  for (const auto& e : fn.environment)
    if (e.key == *name) return;
  variables.set(*name, managementEndpoint(context));
}

bool isRoute(std::string_view id) { return naming::isWebsocketsRoute(id); }

}  // namespace

// Lets functions post to the API's connections. The reference allows every API in every
// account's region; by default we allow this API and stage only. The reference leaves it out
// for an existing API (websocketApiId), so its functions cannot post to their connections; by
// default we grant it, scoped to that API and stage.
void contributeManageConnections(CompileContext& context, Contributions& out) {
  const Service& service = context.service;
  if (model(service).events.empty() || (usesExistingApi(service) && context.compat())) return;
  JsonFactory& json = context.json();
  std::vector<Json> resources;
  if (context.compat())
    resources.push_back(json.sub("arn:${AWS::Partition}:execute-api:*:*:*/@connections/*"));
  else
    resources.push_back(executeApiArn(context, "/" + context.provider.stage + "/*/@connections/*"));
  // A function's own role gets it when the function handles a route, or when every function is
  // given the management endpoint (managementEndpointVariable: they are meant to post).
  std::vector<std::size_t> functions;
  if (model(service).settings.managementEndpointVariable) {
    for (std::size_t i = 0; i < service.functions.size(); ++i) functions.push_back(i);
  } else {
    for (const auto& event : model(service).events)
      if (functions.empty() || functions.back() != event.function) functions.push_back(event.function);
  }
  out.roleStatements.push_back(RoleStatement{JsonObject(json)
                                                 .set("Effect", "Allow")
                                                 .set("Action", json.strings({"execute-api:ManageConnections"}))
                                                 .set("Resource", json.array(std::move(resources)))
                                                 .take(),
                                             std::move(functions)});
}

EventFamily family() {
  return EventFamily{.key = "websocket",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contributeManageConnections,
                     .compile = compile,
                     .environment = addEnvironment,
                     .quotas = checkQuotas,
                     .isRoute = isRoute};
}

}  // namespace slsc::websockets
