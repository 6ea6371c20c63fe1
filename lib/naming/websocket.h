// The logical ids of the websocket family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The stem of WebsocketsDeployment<hash>, the AWS::ApiGatewayV2::Deployment.
inline constexpr std::string_view kWebsocketsDeploymentStem = "WebsocketsDeployment";
// The AWS::ApiGatewayV2::Api, its Stage and the stage's access log group.
inline constexpr std::string_view kWebsocketsApi = "WebsocketsApi";
inline constexpr std::string_view kWebsocketsStage = "WebsocketsDeploymentStage";
inline constexpr std::string_view kWebsocketsLogGroup = "WebsocketsLogGroup";
// The output with the wss:// URL.
inline constexpr std::string_view kWebsocketEndpointOutput = "ServiceEndpointWebsocket";

// One Integration and one Lambda Permission per function that handles a route (or authorizes).
std::string websocketsIntegration(std::string_view function);
std::string websocketsPermission(std::string_view function);
// One Route per route key, and its RouteResponse when it has one.
std::string websocketsRoute(std::string_view route);
std::string websocketsRouteResponse(std::string_view route);
// One Authorizer per authorizer name.
std::string websocketsAuthorizer(std::string_view name);
// The Deployment: kWebsocketsDeploymentStem and the hash's letters and digits.
std::string websocketsDeployment(std::string_view hash);

// Whether `id` is the id websocketsRoute gives some route key.
bool isWebsocketsRoute(std::string_view id);

}  // namespace slsc::naming
