// The logical ids of the httpApi family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The AWS::ApiGatewayV2::Api, its $default Stage and the access log group.
inline constexpr std::string_view kHttpApi = "HttpApi";
inline constexpr std::string_view kHttpApiStage = "HttpApiStage";
inline constexpr std::string_view kHttpApiLogGroup = "HttpApiLogGroup";
// The outputs: the API's id and URL.
inline constexpr std::string_view kHttpApiIdOutput = "HttpApiId";
inline constexpr std::string_view kHttpApiUrlOutput = "HttpApiUrl";

// One Integration and one Lambda Permission per function that handles a route.
std::string httpApiIntegration(std::string_view function);
std::string httpApiPermission(std::string_view function);
// One Route per route key ("GET /users/{id}" → HttpApiRouteGetUsersIdVar; "*" → …Default).
std::string httpApiRoute(std::string_view routeKey);
// One Authorizer per authorizer name, and the permission of a Lambda (request) authorizer.
std::string httpApiAuthorizer(std::string_view name);
std::string httpApiAuthorizerPermission(std::string_view name);

}  // namespace slsc::naming
