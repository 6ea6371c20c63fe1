// What the sns, s3 and cloudwatchLog families share: the resource shape, the Lambda permission
// that lets an AWS service invoke a function, the function's alias as a dependency, and what
// tells two sources apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"

namespace slsc::eventsource {

// {Type, DependsOn (when any), Properties}, the key order of the reference's resources.
Json resource(JsonFactory& json, std::string_view type, Json properties,
              const std::vector<std::string>& dependsOn);

// The function's alias (provisioned concurrency, SnapStart) as a dependency, when it has one.
std::vector<std::string> aliasDependency(const CompileContext& context, const Function& fn);

// An AWS::Lambda::Permission for lambda:InvokeFunction of the function (or its alias) by
// `principal`, limited to `sourceArn` and `sourceAccount` when given.
struct Permission {
  Json principal;
  std::optional<Json> sourceArn;
  std::optional<Json> sourceAccount;
  std::vector<std::string> dependsOn;
};
Json permission(CompileContext& context, const Function& fn, Permission p);

// A source (topic ARN, bucket) as text, a CloudFormation function included: equal text, same
// source.
std::string identity(const Node& node);

}  // namespace slsc::eventsource
