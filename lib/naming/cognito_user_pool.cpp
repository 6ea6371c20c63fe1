// The cognitoUserPool family's logical ids.
#include "naming/cognito_user_pool.h"

namespace slsc::naming {

std::string cognitoUserPool(std::string_view pool) {
  return concat("CognitoUserPool", upperFirst(alphanumericOnly(pool)));
}
std::string cognitoUserPoolPermission(std::string_view function, std::string_view pool,
                                      std::string_view trigger) {
  return normalizedResourceName(function) + "LambdaPermissionCognitoUserPool" +
         upperFirst(alphanumericOnly(pool)) + "TriggerSource" +
         upperFirst(alphanumericOnly(trigger));
}
std::string cognitoUserPoolCustomResource(std::string_view function) {
  return concat(normalizedResourceName(function), "CustomCognitoUserPool1");
}
std::string cognitoUserPoolHandlerFunction() {
  return lambdaFunction(kCognitoUserPoolHandlerName);
}
std::string cognitoUserPoolHandlerLogGroup() { return logGroup(kCognitoUserPoolHandlerName); }

}  // namespace slsc::naming
