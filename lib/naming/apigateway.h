// The logical ids of what API Gateway families share: the account's CloudWatch role.
#pragma once

#include <string_view>

namespace slsc::naming {

// The account-level API Gateway CloudWatch role that API logging needs.
inline constexpr std::string_view kCloudWatchRoleCustomResource =
    "CustomApiGatewayAccountCloudWatchRole";
inline constexpr std::string_view kCustomResourcesRole = "IamRoleCustomResourcesLambdaExecution";
inline constexpr std::string_view kCloudWatchRoleFunction =
    "CustomDashresourceDashapigwDashcwDashroleLambdaFunction";
inline constexpr std::string_view kCloudWatchRoleLogGroup =
    "CustomDashresourceDashapigwDashcwDashroleLogGroup";

}  // namespace slsc::naming
