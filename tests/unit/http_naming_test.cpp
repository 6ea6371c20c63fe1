// The http family's logical ids, against what the Serverless Framework v3.38's naming gives the
// same paths (its getResourceLogicalId and getMethodLogicalId, run on each row).
#include <gtest/gtest.h>

#include "naming/http.h"

namespace slsc::naming {
namespace {

struct Row {
  const char* path;
  const char* resource;
  const char* get;
  const char* any;
};

const Row kRows[] = {
    {"users", "ApiGatewayResourceUsers", "ApiGatewayMethodUsersGet", "ApiGatewayMethodUsersAny"},
    {"{id}", "ApiGatewayResourceIdVar", "ApiGatewayMethodIdVarGet", "ApiGatewayMethodIdVarAny"},
    {"{proxy+}", "ApiGatewayResourceProxyVar", "ApiGatewayMethodProxyVarGet", "ApiGatewayMethodProxyVarAny"},
    {"users/{id}/orders", "ApiGatewayResourceUsersIdVarOrders", "ApiGatewayMethodUsersIdVarOrdersGet",
     "ApiGatewayMethodUsersIdVarOrdersAny"},
    {"a-b", "ApiGatewayResourceADashb", "ApiGatewayMethodADashbGet", "ApiGatewayMethodADashbAny"},
    {"a_b", "ApiGatewayResourceAb", "ApiGatewayMethodAbGet", "ApiGatewayMethodAbAny"},
    {"a.b", "ApiGatewayResourceAb", "ApiGatewayMethodAbGet", "ApiGatewayMethodAbAny"},
    {"userId", "ApiGatewayResourceUserid", "ApiGatewayMethodUseridGet", "ApiGatewayMethodUseridAny"},
    {"v1/{userId}/x-y", "ApiGatewayResourceV1UseridVarXDashy", "ApiGatewayMethodV1UseridVarXDashyGet",
     "ApiGatewayMethodV1UseridVarXDashyAny"},
    {"{a}-{b}", "ApiGatewayResourceADashbVar", "ApiGatewayMethodADashbVarGet", "ApiGatewayMethodADashbVarAny"},
    {"", "ApiGatewayResource", "ApiGatewayMethodGet", "ApiGatewayMethodAny"},
};

TEST(HttpNaming, PathsAsTheReferenceNamesThem) {
  for (const Row& row : kRows) {
    EXPECT_EQ(restApiResource(row.path), row.resource) << row.path;
    EXPECT_EQ(restApiMethod(row.path, "get"), row.get) << row.path;
    EXPECT_EQ(restApiMethod(row.path, "ANY"), row.any) << row.path;
  }
}

TEST(HttpNaming, AuthorizersPermissionsModelsValidators) {
  EXPECT_EQ(restApiAuthorizer("custom-auth"), "CustomDashauthApiGatewayAuthorizer");
  EXPECT_EQ(restApiPermission("get_user"), "GetUnderscoreuserLambdaPermissionApiGateway");
  EXPECT_EQ(restApiRequestValidator("sls-crud"), "ApiGatewaySlscrudRequestValidator");
  EXPECT_EQ(restApiModel("item-model"), "ApiGatewayItemModelModel");
  EXPECT_EQ(restApiModel("createUser"), "ApiGatewayCreateUserModel");
  EXPECT_EQ(restApiEndpointModel("ApiGatewayMethodUsersIdVarPost", "application/json"),
            "ApiGatewayMethodUsersIdVarPostApplicationJsonModel");
  EXPECT_EQ(restApiKey(2, "free"), "ApiGatewayApiKeyFree2");
  EXPECT_EQ(restApiKey(1, ""), "ApiGatewayApiKey1");
  EXPECT_EQ(restApiUsagePlan(""), "ApiGatewayUsagePlan");
  EXPECT_EQ(restApiUsagePlanKey(1, "paid"), "ApiGatewayUsagePlanKeyPaid1");
}

}  // namespace
}  // namespace slsc::naming
