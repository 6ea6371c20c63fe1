// The compile units of the functions and the service, one per resource family; pipeline.cpp
// calls them in order. Event families have their own, in lib/events/<family>/.
#pragma once

#include <string>

#include "compile/context.h"
#include "events/registry.h"

namespace slsc {

// core.cpp: the deployment bucket, its policy and its name's output.
void compileCore(CompileContext& context);
// log_groups.cpp: one log group per function.
void compileLogGroups(CompileContext& context);
// lambda_role.cpp: IamRoleLambdaExecution and functions' own roles, with the statements event
// families contributed.
// IamRoleLambdaExecution, then each function's role of its own (per-function roles): one unit,
// since both read the contributions.
void compileLambdaRoles(CompileContext& context, const Contributions& contributions);
// functions.cpp: the Lambda functions.
void compileFunctions(CompileContext& context);
// versions.cpp: versions, aliases and the QualifiedArn outputs.
void compileVersions(CompileContext& context);
// function_urls.cpp: function URLs, their permissions and outputs.
void compileFunctionUrls(CompileContext& context);
// event_invoke_configs.cpp: asynchronous invocation settings.
void compileEventInvokeConfigs(CompileContext& context);
// resources.cpp: the user's `resources:` merged into the template the way the reference merges
// (deeply, a user's resource adding to and overriding a generated one of the same id), then
// `extensions`.
void compileUserResources(CompileContext& context);
// pseudo_parameters.cpp: `#{X}` strings as the serverless-pseudo-parameters plugin rewrites them.
void compilePseudoParameters(CompileContext& context);
// resources.cpp: properties set to null are removed, as the reference removes them.
void stripNullProperties(CompileContext& context);

}  // namespace slsc
