// websocket family: its part of the model — the provider's websocket settings and every
// `websocket` event of the service's functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/named.h"
#include "source/node.h"

namespace slsc::websockets {

struct Authorizer {
  std::string name;                     // the authorizer's name (function name, or from arn)
  std::optional<std::string> function;  // the service's own function, when it names one
  std::optional<Node> arn;              // a Lambda ARN: string or CloudFormation function
  std::vector<std::string> identitySource;
  Location at;
};

// A route's own stage settings (sls-compile's): the stage's RouteSettings for its key.
struct RouteSettings {
  std::optional<Node> burstLimit;  // throttle.burstLimit
  std::optional<Node> rateLimit;   // throttle.rateLimit
  std::optional<bool> detailedMetrics;
};

// A request model of a route (sls-compile's request validation): the selection key it answers
// to ($default when the route has one model) and its JSON schema.
struct RequestModel {
  std::string key;
  Node schema;
  Location at;
};

// request: the route's body models and, on $connect, its required parameters.
struct Request {
  std::vector<RequestModel> models;
  std::optional<std::string> modelSelectionExpression;
  std::vector<std::pair<std::string, bool>> parameters;  // route.request.header.X → required
};

struct Event {
  std::size_t function = 0;  // its function's index in Service::functions
  Named route;
  bool routeResponse = false;  // routeResponseSelectionExpression: $default
  std::optional<Authorizer> authorizer;
  bool iamAuthorization = false;  // authorizer: aws_iam (sls-compile's; the reference has none)
  std::optional<Location> apiKeyRequiredAt;  // apiKeyRequired: true (sls-compile's)
  std::optional<RouteSettings> settings;     // throttle, detailedMetrics (sls-compile's)
  Request request;                           // request (sls-compile's)
  std::vector<Location> ownSettingsAt;       // where each of sls-compile's settings is written
  Location at;
};

// provider.logs.websocket
struct Logs {
  bool enabled = false;
  Location at;
  std::optional<std::string> level;
  Location levelAt;
  std::optional<std::string> format;
  bool accessLogging = true;
  bool executionLogging = true;
  bool fullExecutionData = true;
};

// The API's custom domain (sls-compile's: provider.websocket.domain, or the Serverless
// Framework v4's provider.domain / provider.domains entry with apiType: websocket).
struct Domain {
  std::string name;
  Location nameAt;
  Location at;                             // the entry
  std::optional<std::string> basePath;     // the API mapping key, without slashes
  Location basePathAt;
  std::optional<Node> certificateArn;      // an ACM certificate, else one is created
  std::optional<Node> hostedZoneId;        // the Route 53 zone: DNS validation and the records
  bool createRecord = true;                // createRoute53Record (an A alias)
  bool createIpv6Record = true;            // createRoute53IPv6Record (an AAAA alias)
  std::string securityPolicy = "TLS_1_2";
  std::optional<Node> truststoreUri;       // mutual TLS
  std::optional<Node> truststoreVersion;
};

// The provider's websocket settings.
struct Settings {
  std::optional<std::string> apiName;                   // websocketsApiName
  Location apiNameAt;
  std::optional<std::string> routeSelectionExpression;  // websocketsApiRouteSelectionExpression
  std::optional<std::string> description;               // websocketsDescription
  bool useProviderTags = false;                         // websocket.useProviderTags
  // sls-compile's own settings (compat mode refuses them): where each was written.
  std::optional<std::int64_t> timeoutInMillis;          // websocket.timeoutInMillis
  std::optional<bool> disableExecuteApiEndpoint;        // websocket.disableExecuteApiEndpoint
  std::optional<std::string> apiKeySelectionExpression;  // websocket.apiKeySelectionExpression
  std::optional<Node> apiKeys;                          // websocket.apiKeys
  std::optional<Node> usagePlan;                        // websocket.usagePlan
  Location usagePlanAt;
  std::optional<Node> throttleBurstLimit;               // websocket.throttle.burstLimit
  std::optional<Node> throttleRateLimit;                // websocket.throttle.rateLimit
  std::optional<bool> detailedMetrics;                  // websocket.detailedMetrics
  std::vector<MapEntry> stageVariables;                 // websocket.stageVariables
  std::optional<std::string> contentHandling;           // websocket.contentHandling
  std::optional<Domain> domain;                          // see Domain
  std::optional<std::string> managementEndpointVariable;  // websocket.managementEndpointVariable
  std::vector<Location> ownSettingsAt;
  std::optional<Node> existingApiId;                    // apiGateway.websocketApiId
  Logs logs;
};

// A route that sends to an AWS service or an HTTP endpoint with no Lambda in between
// (sls-compile's provider.websocket.routes). It belongs to no function, so it is written beside
// the API it is a route of, not among a function's events.
struct DirectRoute {
  Named route;
  std::string service;                  // sqs, dynamodb, stepFunctions, kinesis or http
  Node target;                          // the queue, table, state machine, stream or URL
  Location targetAt;
  std::string action;                   // the service's action, or the HTTP method
  std::optional<Node> requestTemplate;  // replaces the default request template
  bool response = false;                // two-way: a route response (and integration response)
  Location at;
};

struct Model {
  Settings settings;
  std::vector<DirectRoute> directRoutes;
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::websockets
