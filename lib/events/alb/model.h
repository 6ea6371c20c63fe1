// alb family: its part of the model — provider.alb (the target group prefix and the
// authorizers) and every `alb` event of the service's functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source/node.h"

namespace slsc::alb {

// One of provider.alb.authorizers: a Cognito or an OIDC authentication action, as written.
struct Authorizer {
  std::string key;
  std::string type;  // cognito or oidc
  Node settings;     // the map, read field by field when the action is built
  Location at;
};

struct Header {
  std::string name;
  std::vector<std::string> values;
};

// conditions: each kind as written (a string is a list of one); at least one is required.
struct Conditions {
  std::optional<std::vector<std::string>> path;
  std::optional<std::vector<std::string>> host;
  std::optional<std::vector<std::string>> method;
  std::vector<Header> headers;
  std::optional<std::vector<std::pair<std::string, std::string>>> query;
  std::optional<std::vector<std::string>> ip;
  Location at;
};

// healthCheck: true, or the map (either turns the health check on).
struct HealthCheck {
  std::optional<Node> path;
  std::optional<Node> intervalSeconds;
  std::optional<Node> timeoutSeconds;
  std::optional<Node> healthyThresholdCount;
  std::optional<Node> unhealthyThresholdCount;
  std::optional<std::string> httpCode;
};

struct Event {
  std::size_t function = 0;
  Node listenerArn;  // an ARN, or {Ref: listener}
  // From the ARN: the load balancer's id and the listener's id; for a Ref, the listener's
  // logical id, both. Empty when the ARN is invalid (checks.cpp reports it).
  std::string albId;
  std::string listenerId;
  std::int64_t priority = 0;
  Conditions conditions;
  bool multiValueHeaders = false;
  std::optional<std::string> targetGroupName;
  std::vector<std::string> authorizers;
  std::optional<HealthCheck> healthCheck;
  Location at;
  Location listenerAt;
  Location priorityAt;
  Location targetGroupNameAt;
  Location authorizerAt;
};

struct Settings {
  std::string targetGroupPrefix;
  Location prefixAt;
  std::vector<Authorizer> authorizers;
};

struct Model {
  Settings settings;
  std::vector<Event> events;  // function by function, in the order written
};

}  // namespace slsc::alb
