// httpApi family: its part of the model — provider.httpApi (the API Gateway v2 HTTP API, its
// CORS, authorizers and access logs) and every `httpApi` event of the service's functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "source/node.h"

namespace slsc::httpapi {

// provider.httpApi.cors: true (the defaults), or a map.
struct Cors {
  bool enabled = false;
  std::vector<std::string> allowedOrigins;
  std::vector<std::string> allowedHeaders;
  std::vector<std::string> allowedMethods;  // as written, or filled from the routes
  bool fillMethods = false;                 // OPTIONS and every route's method
  bool allowCredentials = false;
  std::optional<std::vector<std::string>> exposedResponseHeaders;
  std::optional<Node> maxAge;
  Location at;
  Location credentialsAt;
};

// One of provider.httpApi.authorizers: a JWT authorizer, or a Lambda (request) one.
struct Authorizer {
  std::string key;   // its key under authorizers: what events name
  std::string name;  // its `name`, else the key: the resource's Name and ids
  std::string type;  // jwt (the default) or request
  std::vector<std::string> identitySource;
  std::optional<Node> issuerUrl;               // a URL, or a CloudFormation function
  std::optional<std::vector<Node>> audience;  // client ids, or CloudFormation functions
  std::optional<std::string> functionName;
  std::optional<Node> functionArn;
  bool managedExternally = false;
  std::optional<Node> resultTtlInSeconds;
  std::optional<Node> enableSimpleResponses;
  std::string payloadVersion = "2.0";
  Location at;
};

// An event's authorizer: a configured one by name, an external one by id, or aws_iam.
struct RouteAuthorizer {
  std::optional<std::string> name;
  std::optional<Node> id;
  std::optional<std::string> type;
  std::optional<std::vector<std::string>> scopes;
  Location at;
};

struct Event {
  std::size_t function = 0;
  std::string method;    // upper case; ANY for '*' and '*' paths
  std::string path;      // "*" for the catch-all
  std::string routeKey;  // "METHOD /path", or "*" (the $default route)
  std::optional<RouteAuthorizer> authorizer;
  std::optional<std::string> payload;  // functions.X.httpApi.payload
  Location at;
};

struct Settings {
  Location at;  // provider.httpApi, or the provider
  std::optional<Node> id;  // an existing API
  std::optional<std::string> name;
  bool shouldStartNameWithService = false;
  std::optional<bool> disableDefaultEndpoint;
  bool metrics = false;
  std::optional<std::string> payload;
  Cors cors;
  std::vector<Authorizer> authorizers;
  Location authorizersAt;
  std::optional<std::string> logFormat;  // provider.logs.httpApi
  Location logsAt;
};

struct Model {
  Settings settings;
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::httpapi
