// The compile units, one per resource family; pipeline.cpp calls them in order.
#pragma once

#include <string>

#include "compile/context.h"

namespace slsc {

// core.cpp: the deployment bucket, its policy and its name's output.
void compileCore(CompileContext& context);
// log_groups.cpp: one log group per function.
void compileLogGroups(CompileContext& context);
// lambda_role.cpp: IamRoleLambdaExecution.
void compileLambdaRole(CompileContext& context);
// functions.cpp: the Lambda functions.
void compileFunctions(CompileContext& context);
// versions.cpp: versions, aliases and the QualifiedArn outputs.
void compileVersions(CompileContext& context);
// function_urls.cpp: function URLs, their permissions and outputs.
void compileFunctionUrls(CompileContext& context);
// event_invoke_configs.cpp: asynchronous invocation settings.
void compileEventInvokeConfigs(CompileContext& context);
// websockets/: the WebSocket API and everything on it, one file each.
void compileWebsocketsApi(CompileContext& context);
void compileWebsocketsIntegrations(CompileContext& context);
void compileWebsocketsRouteResponses(CompileContext& context);
void compileWebsocketsAuthorizers(CompileContext& context);
void compileWebsocketsPermissions(CompileContext& context);
void compileWebsocketsRoutes(CompileContext& context);
// The deployment's id hashes everything above, so it is known before the stage refers to it.
std::string websocketsDeploymentId(CompileContext& context);
void compileWebsocketsStage(CompileContext& context, const std::string& deploymentId);
void compileWebsocketsDeployment(CompileContext& context, const std::string& deploymentId);
// The account's API Gateway CloudWatch role, which websocket logging needs.
void compileApiGatewayCloudWatchRole(CompileContext& context);
// resources.cpp: the user's `resources:` merged into the template the way the reference merges
// (deeply, a user's resource adding to and overriding a generated one of the same id), then
// `extensions`.
void compileUserResources(CompileContext& context);
// resources.cpp: properties set to null are removed, as the reference removes them.
void stripNullProperties(CompileContext& context);

}  // namespace slsc
