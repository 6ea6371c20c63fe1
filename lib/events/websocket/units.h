// The websocket family's compile units, one file each; family.cpp runs them in order.
#pragma once

#include <string>

#include "compile/context.h"
#include "events/registry.h"

namespace slsc::websockets {

void compileApi(CompileContext& context);
void compileIntegrations(CompileContext& context);
void compileRouteResponses(CompileContext& context);
void compileAuthorizers(CompileContext& context);
void compilePermissions(CompileContext& context);
// routes.cpp: the request models (sls-compile's request validation), then the routes.
void compileModels(CompileContext& context);
void compileRoutes(CompileContext& context);
// The deployment's id hashes the API's parts above, so it is known before the stage refers
// to it.
std::string deploymentId(CompileContext& context);
void compileStage(CompileContext& context, const std::string& deploymentId);
void compileDeployment(CompileContext& context, const std::string& deploymentId);
// sls-compile's direct routes: the integrations' role, integrations, routes, responses.
void compileDirectRoutes(CompileContext& context);
// sls-compile's API keys and usage plans, bound to the stage (keys.cpp).
void compileKeys(CompileContext& context, const std::string& deploymentId);
// sls-compile's custom domain: certificate, domain name, API mapping, records, outputs.
void compileDomain(CompileContext& context, const std::string& deploymentId);
// contribute: ManageConnections on the role, so that functions can post to connections.
void contributeManageConnections(CompileContext& context, Contributions& out);

}  // namespace slsc::websockets
