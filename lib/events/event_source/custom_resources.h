// The Lambda-backed custom resources of the event-source families (existing Cognito pools and
// S3 buckets, eventBridge without CloudFormation; any family whose reference path is a custom
// resource can use it): the resources and role statements in the reference's shape, the role
// that every custom-resource function of the stack shares, and a function that carries its
// handler inline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"

namespace slsc::eventsource {

// <service>-<stage>-<name>, shortened with an MD5 when longer than Lambda's 64 characters, as
// the reference shortens it.
std::string customResourceFunctionName(const CompileContext& context, std::string_view name);

struct CustomResourceFunction {
  std::string_view logicalId;
  std::string_view logGroupId;  // its log group, with provider.logs.frameworkLambda
  std::string_view name;        // the reference's short name ("custom-resource-existing-cup")
  const char* code;             // the Python handler, carried inline (index.handler)
};

// A statement of the custom-resources role: Allow `actions` on `resource`.
Json customResourceStatement(JsonFactory& json, Json resource,
                             const std::vector<std::string>& actions);

// A custom resource of `type` (version 1) after `dependsOn`, with `properties` (ServiceToken
// first, as the reference writes them).
Json customResource(JsonFactory& json, std::string_view type,
                    const std::vector<std::string>& dependsOn, Json properties);

// What runs a family's custom resources: `statements` added to the role every custom-resource
// function of the stack shares, IamRoleCustomResourcesLambdaExecution (created first, with the
// log statements of provider.logs.frameworkLambda, when no family has yet; nothing when a
// deployment role is set, which the functions run as instead; a statement the policy has
// already is left out, in compat mode as the reference does any statement whose Resource is a
// string some statement of the policy has), then `function` (Python, inline code, running as
// that role or the deployment role) and its log group with provider.logs.frameworkLambda.
void addCustomResourceHandler(CompileContext& context, std::vector<Json> statements,
                              const CustomResourceFunction& function, const Location& at);

}  // namespace slsc::eventsource
