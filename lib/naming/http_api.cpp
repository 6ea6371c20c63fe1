// The httpApi family's logical ids.
#include "naming/http_api.h"

#include "naming/http.h"

namespace slsc::naming {

std::string httpApiIntegration(std::string_view f) {
  return concat("HttpApiIntegration", normalizedResourceName(f));
}
std::string httpApiPermission(std::string_view f) {
  return concat(normalizedResourceName(f), "LambdaPermissionHttpApi");
}
std::string httpApiRoute(std::string_view routeKey) {
  if (routeKey == "*") return "HttpApiRouteDefault";
  return concat("HttpApiRoute", normalizedPath(routeKey));
}
std::string httpApiAuthorizer(std::string_view name) {
  return concat("HttpApiAuthorizer", normalizedResourceName(name));
}
std::string httpApiAuthorizerPermission(std::string_view name) {
  return concat(normalizedResourceName(name), "LambdaAuthorizerPermissionHttpApi");
}

}  // namespace slsc::naming
