// The Lambda-backed custom resources of the event-source families (existing Cognito pools,
// eventBridge without CloudFormation; any family whose reference path is a custom resource can
// use it): the role that every custom-resource function of the stack shares, and a function
// that carries its handler inline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"

namespace slsc::eventsource {

// Adds `statements` to IamRoleCustomResourcesLambdaExecution, creating the role first (with the
// log statements of provider.logs.frameworkLambda) when no family has yet; nothing when a
// deployment role is set, which the functions run as instead. A statement the policy has
// already is left out; in compat mode, as the reference does, any statement whose Resource is a
// string some statement of the policy already has.
void addCustomResourcesRoleStatements(CompileContext& context, std::vector<Json> statements,
                                      const Location& at);

// <service>-<stage>-<name>, shortened with an MD5 when longer than Lambda's 64 characters, as
// the reference shortens it.
std::string customResourceFunctionName(const CompileContext& context, std::string_view name);

struct CustomResourceFunction {
  std::string_view logicalId;
  std::string_view logGroupId;  // its log group, with provider.logs.frameworkLambda
  std::string_view name;        // the reference's short name ("custom-resource-existing-cup")
  const char* code;             // the Python handler, carried inline (index.handler)
};

// The function (Python, inline code), running as the custom-resources role or the deployment
// role, and its log group with provider.logs.frameworkLambda.
void addCustomResourceFunction(CompileContext& context, const CustomResourceFunction& function,
                               const Location& at);

}  // namespace slsc::eventsource
