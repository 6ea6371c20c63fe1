// http family: its part of the model — the REST API's provider settings (provider.apiGateway,
// endpointType, apiName, logs.restApi, tracing.apiGateway) and every `http` event, normalized
// as the reference normalizes them before it compiles (paths without their outer slashes,
// lower-case methods, upper-case integration types, CORS merged per path).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source/node.h"

namespace slsc::http {

struct Cors {
  std::optional<std::string> origin;  // absent when `origins` is given
  std::vector<std::string> origins;
  std::vector<std::string> headers;
  std::vector<std::string> methods;  // upper case, OPTIONS and the event's own included
  bool allowCredentials = false;
  std::optional<std::int64_t> maxAge;
  std::optional<std::string> cacheControl;
};

struct Authorizer {
  std::string type;  // as written or derived: AWS_IAM, TOKEN, REQUEST, COGNITO_USER_POOLS, …
  std::string name;  // makes its logical id
  std::optional<std::string> function;  // the service's own function, when it names one
  std::optional<Node> arn;              // the Lambda or Cognito user pool ARN
  std::optional<Node> authorizerId;     // an authorizer that exists already
  bool managedExternally = false;
  std::optional<std::int64_t> resultTtlInSeconds;  // the map form's, 300 when not written
  std::optional<std::string> identitySource;
  std::optional<std::string> identityValidationExpression;
  std::vector<std::string> claims;
  std::optional<Node> scopes;
  Location at;

  bool isIam() const { return type == "AWS_IAM"; }
  bool isCognito() const;  // type COGNITO_USER_POOLS, or a Cognito user pool ARN
};

// request.parameters as `method.request.<querystring|path|header>.<name>` → true/false or
// {required, mappedValue}, in the reference's order (query strings, paths, headers).
using RequestParameters = std::vector<std::pair<std::string, Node>>;

struct Event {
  std::size_t function = 0;  // its function's index in Service::functions
  std::string path;          // without leading and trailing '/'; "" is the root
  std::string method;        // lower case; "any" for ANY and '*'
  std::string integration;   // AWS_PROXY, AWS, HTTP, HTTP_PROXY or MOCK
  std::optional<Cors> cors;
  std::optional<Authorizer> authorizer;
  bool isPrivate = false;
  bool async = false;
  std::optional<std::string> operationId;
  RequestParameters requestParameters;
  std::optional<Node> requestTemplate;      // content type → template (null removes a default)
  std::optional<Node> requestSchemas;       // content type → schema, or the name of one of
                                            // provider.apiGateway.request.schemas
  std::optional<std::string> passThrough;
  std::optional<std::string> contentHandling;
  std::optional<Node> uri;                  // request.uri (HTTP integrations)
  std::optional<std::string> requestMethod; // request.method (HTTP integrations)
  std::optional<Node> response;             // AWS, HTTP and MOCK: as written
  std::optional<std::string> connectionType;  // VPC_LINK
  std::optional<Node> connectionId;
  Location at;
};

// provider.logs.restApi
struct Logs {
  bool enabled = false;
  Location at;
  bool accessLogging = true;
  std::optional<std::string> format;
  bool executionLogging = true;
  std::string level = "INFO";
  bool fullExecutionData = true;
};

struct Settings {
  std::optional<Node> restApiId;              // apiGateway.restApiId: an API that exists
  std::optional<Node> restApiRootResourceId;  // its root resource
  Location restApiIdAt;
  // apiGateway.restApiResources: paths of the existing API that exist already (path without its
  // outer slashes → resource id), in the order written.
  std::vector<std::pair<std::string, Node>> predefinedResources;
  std::optional<std::string> apiName;         // provider.apiName
  bool shouldStartNameWithService = false;
  std::optional<std::string> description;     // apiGateway.description
  std::optional<std::string> endpointType;    // provider.endpointType (upper case)
  std::optional<Node> vpcEndpointIds;
  Location vpcEndpointIdsAt;
  std::optional<Node> binaryMediaTypes;
  std::optional<Node> minimumCompressionSize;
  std::optional<std::string> apiKeySourceType;
  std::optional<bool> disableDefaultEndpoint;
  std::optional<Node> resourcePolicy;         // apiGateway.resourcePolicy: statements
  std::optional<Node> apiKeys;                // apiGateway.apiKeys
  std::optional<Node> usagePlan;              // apiGateway.usagePlan
  Location usagePlanAt;
  std::optional<Node> requestSchemas;         // apiGateway.request.schemas: models by name
  std::optional<std::string> stage;           // apiGateway.stage: the deployment's stage name
  bool metrics = false;                       // apiGateway.metrics
  bool tracing = false;                       // tracing.apiGateway
  Location tracingAt;
  Logs logs;
};

struct Model {
  Settings settings;
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::http
