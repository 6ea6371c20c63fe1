// Every logical id the compiler writes, named as the Serverless Framework v3 names them.
// Compile units never paste strings into ids; they ask here.
#pragma once

#include <concepts>
#include <string>
#include <string_view>

namespace slsc::naming {

// "my-fn_x" → "MyDashfnUnderscorex": '-' → Dash, '_' → Underscore, first letter upper-cased.
std::string normalizedResourceName(std::string_view name);
// "$connect" → "Sconnect", "a.b" → "aPeriodb", "a/b" → "aSlashb" (case kept).
std::string normalizedRouteKey(std::string_view route);
// "plan" → "Plan": the first letter upper-cased.
std::string upperFirst(std::string_view text);
// a + b, for the id functions of every family.
std::string concat(std::string_view a, std::string_view b);
// The same, appending to a temporary string (most ids are a normalized name and a suffix).
template <class S>
  requires std::same_as<S, std::string>
std::string concat(S&& a, std::string_view b) {
  a.append(b);
  return std::move(a);
}
// Keeps only letters and digits of a base64 digest, as the reference does for hash suffixes.
std::string alphanumericOnly(std::string_view text);

// Core.
inline constexpr std::string_view kDeploymentBucket = "ServerlessDeploymentBucket";
inline constexpr std::string_view kDeploymentBucketPolicy = "ServerlessDeploymentBucketPolicy";
inline constexpr std::string_view kDeploymentBucketNameOutput = "ServerlessDeploymentBucketName";

// Functions.
inline constexpr std::string_view kLambdaRole = "IamRoleLambdaExecution";
// A function's role of its own, as v4 and the serverless-iam-roles-per-function plugin name it.
std::string functionRole(std::string_view function);
std::string logGroup(std::string_view function);
std::string lambdaFunction(std::string_view function);
std::string lambdaVersion(std::string_view function, std::string_view hash);
std::string lambdaQualifiedArnOutput(std::string_view function);
std::string provisionedConcurrencyAlias(std::string_view function);
std::string snapStartAlias(std::string_view function);
std::string lambdaFunctionUrl(std::string_view function);  // the resource and its output
std::string lambdaFunctionUrlPermission(std::string_view function);
std::string lambdaEventInvokeConfig(std::string_view function);

// Ids that end in a hash of what they depend on (a Lambda version, an API deployment): the id
// without its hash, with '#' appended, or the id itself when it carries no hash. diff matches
// such ids by this stem, so that a new hash reads as a redeploy.
std::string hashedIdStem(std::string_view id);

// Export name of a generated output: "sls-<service>-<stage>-<output>".
std::string exportName(std::string_view service, std::string_view stage, std::string_view output);

// Whether CloudFormation accepts `id` as a logical id: letters and digits, 1 to 255 of them.
bool isValidLogicalId(std::string_view id);

}  // namespace slsc::naming
