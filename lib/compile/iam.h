// The IAM pieces every Lambda execution role the compiler writes is made of.
#pragma once

#include <vector>

#include "compile/json.h"

namespace slsc {

// {Version, Statement: [Allow <service> sts:AssumeRole]}
Json assumeRolePolicy(JsonFactory& json, std::string_view service);
// The same for lambda.amazonaws.com.
Json lambdaAssumeRolePolicy(JsonFactory& json);
// An AWS::IAM::Role that `service` assumes, with one inline policy (see inlinePolicies).
Json serviceRole(JsonFactory& json, std::string_view service, std::vector<Json> nameParts,
                 std::vector<Json> statements);

// Policies: one inline policy named by `nameParts` joined with '-', holding `statements`.
Json inlinePolicies(JsonFactory& json, std::vector<Json> nameParts, std::vector<Json> statements);

}  // namespace slsc
