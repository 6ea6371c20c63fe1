// The IAM pieces every Lambda execution role the compiler writes is made of.
#pragma once

#include <vector>

#include "compile/json.h"

namespace slsc {

// {Version, Statement: [Allow lambda.amazonaws.com sts:AssumeRole]}
Json lambdaAssumeRolePolicy(JsonFactory& json);

// Policies: one inline policy named by `nameParts` joined with '-', holding `statements`.
Json inlinePolicies(JsonFactory& json, std::vector<Json> nameParts, std::vector<Json> statements);

}  // namespace slsc
