// The logical ids of the websocket family, named as the Serverless Framework v3 names them.
#pragma once

#include <cstddef>
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

// sls-compile's custom domain: the AWS::ApiGatewayV2::DomainName, the ACM certificate created
// for it, the API mapping, the Route 53 alias records (A and AAAA), and its outputs.
inline constexpr std::string_view kWebsocketsDomainName = "WebsocketsDomainName";
inline constexpr std::string_view kWebsocketsDomainCertificate = "WebsocketsDomainCertificate";
inline constexpr std::string_view kWebsocketsApiMapping = "WebsocketsApiMapping";
inline constexpr std::string_view kWebsocketsDomainRecord = "WebsocketsDomainRecord";
inline constexpr std::string_view kWebsocketsDomainRecordIpv6 = "WebsocketsDomainRecordIpv6";
inline constexpr std::string_view kWebsocketDomainOutput = "WebsocketDomainEndpoint";
// https://{api}.execute-api.{region}.{suffix}/{stage}: where handlers post to connections.
inline constexpr std::string_view kWebsocketManagementOutput = "WebsocketManagementEndpoint";

// sls-compile's API keys, usage plans and usage plan keys, numbered and named as the REST API's.
std::string websocketsApiKey(std::size_t number, std::string_view usagePlan);
std::string websocketsUsagePlan(std::string_view usagePlan);
std::string websocketsUsagePlanKey(std::size_t number, std::string_view usagePlan);

// One Integration and one Lambda Permission per function that handles a route (or authorizes).
std::string websocketsIntegration(std::string_view function);
std::string websocketsPermission(std::string_view function);
// One Route per route key, and its RouteResponse when it has one.
std::string websocketsRoute(std::string_view route);
std::string websocketsRouteResponse(std::string_view route);
// A route's request model for a selection key (sls-compile's request validation); also the
// model's Name, which API Gateway wants alphanumeric.
std::string websocketsModel(std::string_view route, std::string_view key);
// sls-compile's direct routes (no Lambda): the integration of a route, its integration
// response, and the role API Gateway assumes to call the services.
std::string websocketsDirectIntegration(std::string_view route);
std::string websocketsIntegrationResponse(std::string_view route);
inline constexpr std::string_view kWebsocketsIntegrationRole = "WebsocketsIntegrationRole";
// One Authorizer per authorizer name.
std::string websocketsAuthorizer(std::string_view name);
// The Deployment: kWebsocketsDeploymentStem and the hash's letters and digits.
std::string websocketsDeployment(std::string_view hash);

// Whether `id` is the id websocketsRoute gives some route key.
bool isWebsocketsRoute(std::string_view id);

}  // namespace slsc::naming
