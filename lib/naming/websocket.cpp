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
std::string websocketsModel(std::string_view route, std::string_view key) {
  return alphanumericOnly(concat(websocketsRoute(route), concat("Model", normalizedRouteKey(key))));
}
std::string websocketsDirectIntegration(std::string_view route) {
  return concat(normalizedRouteKey(route), "WebsocketsDirectIntegration");
}
std::string websocketsIntegrationResponse(std::string_view route) {
  return concat(normalizedRouteKey(route), "WebsocketsIntegrationResponse");
}
std::string websocketsAuthorizer(std::string_view name) {
  return concat(normalizedResourceName(name), "WebsocketsAuthorizer");
}
std::string websocketsDeployment(std::string_view hash) {
  return concat(kWebsocketsDeploymentStem, alphanumericOnly(hash));
}

std::string websocketsApiKey(std::size_t number, std::string_view usagePlan) {
  return concat(concat("WebsocketsApiKey", upperFirst(usagePlan)), std::to_string(number));
}
std::string websocketsUsagePlan(std::string_view usagePlan) {
  return concat("WebsocketsUsagePlan", upperFirst(usagePlan));
}
std::string websocketsUsagePlanKey(std::size_t number, std::string_view usagePlan) {
  return concat(concat("WebsocketsUsagePlanKey", upperFirst(usagePlan)), std::to_string(number));
}

bool isWebsocketsRoute(std::string_view id) {
  constexpr std::string_view kSuffix = "WebsocketsRoute";
  return id.size() > kSuffix.size() && id.substr(id.size() - kSuffix.size()) == kSuffix;
}

}  // namespace slsc::naming
