// The websocket family's logical ids.
#include "naming/websocket.h"

namespace slsc::naming {

std::string websocketsIntegration(std::string_view f) {
  return concat(normalizedResourceName(f), "WebsocketsIntegration");
}
std::string websocketsPermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionWebsockets");
}
std::string websocketsRoute(std::string_view route) {
  return concat(normalizedRouteKey(route), "WebsocketsRoute");
}
std::string websocketsRouteResponse(std::string_view route) {
  return concat(websocketsRoute(route), "Response");
}
std::string websocketsAuthorizer(std::string_view name) {
  return concat(normalizedResourceName(name), "WebsocketsAuthorizer");
}
std::string websocketsDeployment(std::string_view hash) {
  return concat(kWebsocketsDeploymentStem, alphanumericOnly(hash));
}

bool isWebsocketsRoute(std::string_view id) {
  constexpr std::string_view kSuffix = "WebsocketsRoute";
  return id.size() > kSuffix.size() && id.substr(id.size() - kSuffix.size()) == kSuffix;
}

}  // namespace slsc::naming
