// The logical ids of the cognitoUserPool family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// A pool the stack creates: CognitoUserPool<pool, letters and digits only>.
std::string cognitoUserPool(std::string_view pool);
// The permission of one (function, pool, trigger).
std::string cognitoUserPoolPermission(std::string_view function, std::string_view pool,
                                      std::string_view trigger);
// An existing pool: one custom resource per function (the 1 is the reference's, kept for
// stacks it deployed), and the function that runs the custom resources.
std::string cognitoUserPoolCustomResource(std::string_view function);
inline constexpr std::string_view kCognitoUserPoolHandlerName = "custom-resource-existing-cup";
std::string cognitoUserPoolHandlerFunction();
std::string cognitoUserPoolHandlerLogGroup();

}  // namespace slsc::naming
