// The logical ids of the websocket family, named as the Serverless Framework v3 names them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

inline constexpr std::string_view kWebsocketsDeploymentStem = "WebsocketsDeployment";
inline constexpr std::string_view kWebsocketsApi = "WebsocketsApi";
inline constexpr std::string_view kWebsocketsStage = "WebsocketsDeploymentStage";
inline constexpr std::string_view kWebsocketsLogGroup = "WebsocketsLogGroup";
inline constexpr std::string_view kWebsocketEndpointOutput = "ServiceEndpointWebsocket";
std::string websocketsIntegration(std::string_view function);
std::string websocketsPermission(std::string_view function);
std::string websocketsRoute(std::string_view route);
std::string websocketsRouteResponse(std::string_view route);
std::string websocketsAuthorizer(std::string_view name);
std::string websocketsDeployment(std::string_view hash);

// Whether `id` is the id websocketsRoute gives some route key.
bool isWebsocketsRoute(std::string_view id);

}  // namespace slsc::naming
