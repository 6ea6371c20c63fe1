// The logical ids of the http family (REST APIs), named as the Serverless Framework v3 names
// them.
#pragma once

#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

inline constexpr std::string_view kRestApi = "ApiGatewayRestApi";
inline constexpr std::string_view kRestApiDeploymentStem = "ApiGatewayDeployment";
inline constexpr std::string_view kRestApiStage = "ApiGatewayStage";
inline constexpr std::string_view kRestApiLogGroup = "ApiGatewayLogGroup";
inline constexpr std::string_view kServiceEndpointOutput = "ServiceEndpoint";

// One path segment as the reference names it: "users" → "Users", "{id}" → "IdVar",
// "{proxy+}" → "ProxyVar", "a-b" → "ADashb", "userId" → "Userid" (lodash's capitalize lowers
// the rest), other characters dropped.
std::string normalizedPathPart(std::string_view part);
// A whole path, segment by segment: "users/{id}/orders" → "UsersIdVarOrders".
std::string normalizedPath(std::string_view path);
// ApiGatewayResource<Path>, one per path segment.
std::string restApiResource(std::string_view path);
// ApiGatewayMethod<Path><Method>: "users/{id}", "get" → ApiGatewayMethodUsersIdVarGet.
std::string restApiMethod(std::string_view path, std::string_view method);
// <Function>ApiGatewayAuthorizer, one per authorizer name.
std::string restApiAuthorizer(std::string_view name);
// <Function>LambdaPermissionApiGateway, one per function (handler or authorizer).
std::string restApiPermission(std::string_view function);
// ApiGatewayDeployment<suffix>: the reference's suffix is the compile's instance id.
std::string restApiDeployment(std::string_view suffix);
// ApiGatewayApiKey<Name><n> (n from 1), ApiGatewayUsagePlan<Name>, ApiGatewayUsagePlanKey<Name><n>.
std::string restApiKey(std::size_t number, std::string_view usagePlan);
std::string restApiUsagePlan(std::string_view name);
std::string restApiUsagePlanKey(std::size_t number, std::string_view usagePlan);

// ApiGateway<Service>RequestValidator: the service name's letters and digits, first upper-cased.
std::string restApiRequestValidator(std::string_view service);
// ApiGateway<SchemaId>Model for a model of provider.apiGateway.request.schemas (lodash's
// camelCase of the id, first upper-cased), and <Method id><ContentType>Model for an event's own.
std::string restApiModel(std::string_view schemaId);
std::string restApiEndpointModel(std::string_view methodId, std::string_view contentType);

}  // namespace slsc::naming
