// Every logical id the compiler writes, named as the Serverless Framework v3 names them.
// Compile units never paste strings into ids; they ask here.
#pragma once

#include <string>
#include <string_view>

namespace slsc::naming {

// "my-fn_x" → "MyDashfnUnderscorex": '-' → Dash, '_' → Underscore, first letter upper-cased.
std::string normalizedResourceName(std::string_view name);
// "$connect" → "Sconnect", "a.b" → "aPeriodb", "a/b" → "aSlashb" (case kept).
std::string normalizedRouteKey(std::string_view route);
// Keeps only letters and digits of a base64 digest, as the reference does for hash suffixes.
std::string alphanumericOnly(std::string_view text);

// Core.
inline constexpr std::string_view kDeploymentBucket = "ServerlessDeploymentBucket";
inline constexpr std::string_view kDeploymentBucketPolicy = "ServerlessDeploymentBucketPolicy";
inline constexpr std::string_view kDeploymentBucketNameOutput = "ServerlessDeploymentBucketName";

// Functions.
inline constexpr std::string_view kLambdaRole = "IamRoleLambdaExecution";
std::string logGroup(std::string_view function);
std::string lambdaFunction(std::string_view function);
std::string lambdaVersion(std::string_view function, std::string_view hash);
std::string lambdaQualifiedArnOutput(std::string_view function);
std::string provisionedConcurrencyAlias(std::string_view function);
std::string snapStartAlias(std::string_view function);
std::string lambdaFunctionUrl(std::string_view function);  // the resource and its output
std::string lambdaFunctionUrlPermission(std::string_view function);
std::string lambdaEventInvokeConfig(std::string_view function);

// Websockets.
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

// The account-level API Gateway CloudWatch role that websocket logging needs.
inline constexpr std::string_view kCloudWatchRoleCustomResource =
    "CustomApiGatewayAccountCloudWatchRole";
inline constexpr std::string_view kCustomResourcesRole = "IamRoleCustomResourcesLambdaExecution";
inline constexpr std::string_view kCloudWatchRoleFunction =
    "CustomDashresourceDashapigwDashcwDashroleLambdaFunction";
inline constexpr std::string_view kCloudWatchRoleLogGroup =
    "CustomDashresourceDashapigwDashcwDashroleLogGroup";

// Export name of a generated output: "sls-<service>-<stage>-<output>".
std::string exportName(std::string_view service, std::string_view stage, std::string_view output);

// Whether CloudFormation accepts `id` as a logical id: letters and digits, 1 to 255 of them.
bool isValidLogicalId(std::string_view id);

}  // namespace slsc::naming
