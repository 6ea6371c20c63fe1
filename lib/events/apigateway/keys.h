// API keys and usage plans, shared by the API Gateway families: provider.apiGateway.apiKeys /
// usagePlan for the REST API (as the reference writes them) and provider.websocket.apiKeys /
// usagePlan for the websocket API (sls-compile's). Keys are a name, {name, value, …}, or
// {<plan>: [keys]} per usage plan; plans carry quota and throttle; usage plan keys join them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compile/context.h"
#include "source/node.h"

namespace slsc::apigateway {

// apiKeys and usagePlan as written.
struct KeySettings {
  const std::optional<Node>& apiKeys;
  const std::optional<Node>& usagePlan;
  Location usagePlanAt;
};

// Which API and stage the keys and plans serve, and how they are named.
struct KeyTarget {
  std::string_view settingsPath;  // where the settings are written ("provider.apiGateway")
  std::string_view planKind;      // in the plans' descriptions and names ("" or "websocket")
  Json apiId;                     // the API's id (copied for each use)
  Json stage;                     // the stage the plans bind (its name, or a Ref to it)
  bool stageKeys = false;         // ApiKey StageKeys, which only REST APIs have
  std::string dependsOn;          // what keys and plans wait for: the API's deployment
  std::string (*keyId)(std::size_t number, std::string_view usagePlan);
  std::string (*planId)(std::string_view usagePlan);
  std::string (*planKeyId)(std::size_t number, std::string_view usagePlan);
};

// The keys, the usage plans, then the usage plan keys, in the reference's order and numbering.
void compileKeys(CompileContext& context, const KeySettings& settings, KeyTarget& target);

}  // namespace slsc::apigateway
