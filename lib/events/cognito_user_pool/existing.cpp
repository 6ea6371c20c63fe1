// cognitoUserPool: triggers of existing pools. One custom resource per function
// (Custom::CognitoUserPool, its triggers in UserPoolConfigs), chained when several functions
// configure one pool so that they update it one after another; it runs our own handler
// (existing_pool.py, carried inline), which sets the function's triggers in the pool's
// LambdaConfig, keeping the others, and lets the pool invoke the function. The role's
// statements are the reference's.
#include <map>

#include "events/cognito_user_pool/family.h"
#include "events/event_source/custom_resources.h"
#include "naming/cognito_user_pool.h"

namespace slsc {

extern const char* const kCognitoUserPoolHandler;

namespace cognito {
namespace {

using eventsource::customResourceStatement;

constexpr std::string_view kSenderLambdaVersion = "V1_0";

Json poolConfig(JsonFactory& json, const Event& e) {
  JsonObject config(json);
  config.set("Trigger", e.trigger);
  if (isCustomSender(e.trigger)) {
    config.set("LambdaVersion", kSenderLambdaVersion);
    if (e.kmsKeyId) config.set("KMSKeyID", json.fromNode(*e.kmsKeyId));
  }
  return config.take();
}

struct FunctionPool {
  const Function* fn = nullptr;
  const Event* first = nullptr;
  std::vector<const Event*> events;
};

// The functions with triggers on existing pools, in the order written, each with its events.
std::vector<FunctionPool> functionPools(const Service& service) {
  std::vector<FunctionPool> out;
  for (const auto& e : service.events.cognitoUserPool.events) {
    if (!e.existing) continue;
    if (out.empty() || out.back().fn != &service.functions[e.function])
      out.push_back(FunctionPool{&service.functions[e.function], &e, {}});
    out.back().events.push_back(&e);
  }
  return out;
}

}  // namespace

void compileExisting(CompileContext& context) {
  const auto functions = functionPools(context.service);
  if (functions.empty()) return;
  JsonFactory& json = context.json();
  const std::string handler = naming::cognitoUserPoolHandlerFunction();
  std::vector<Json> statements;
  std::map<std::string, std::string> lastOfPool;  // pool → its previous custom resource
  for (const auto& [fn, first, events] : functions) {
    // The reference grants kms:CreateGrant for the key of a function's first event only.
    if (isCustomSender(first->trigger) && first->kmsKeyId)
      statements.push_back(
          customResourceStatement(json, json.fromNode(*first->kmsKeyId), {"kms:CreateGrant"}));
    statements.push_back(customResourceStatement(json, json.str("*"),
                                   {"cognito-idp:ListUserPools", "cognito-idp:DescribeUserPool",
                                    "cognito-idp:UpdateUserPool"}));
    std::vector<Json> configs;
    for (const Event* e : events) configs.push_back(poolConfig(json, *e));
    std::vector<std::string> dependsOn;
    dependsOn.push_back(naming::lambdaFunction(fn->key));
    // The ServiceToken's GetAtt orders the deploy after the handler already; the reference
    // lists it as well.
    if (context.compat()) dependsOn.emplace_back(handler);
    const std::string id = naming::cognitoUserPoolCustomResource(fn->key);
    if (auto previous = lastOfPool.find(first->pool); previous != lastOfPool.end())
      dependsOn.push_back(previous->second);
    lastOfPool[first->pool] = id;
    Json properties = JsonObject(json)
                          .set("ServiceToken", json.getAtt(handler, "Arn"))
                          .set("FunctionName", fn->name)
                          .set("UserPoolName", first->pool)
                          .set("UserPoolConfigs", json.array(std::move(configs)))
                          .take();
    context.out.addResource(
        id,
        eventsource::customResource(json, "Custom::CognitoUserPool", dependsOn,
                                    std::move(properties)),
        first->at);
    statements.push_back(customResourceStatement(
        json, json.sub("arn:${AWS::Partition}:lambda:*:*:function:" + fn->name),
        {"lambda:AddPermission", "lambda:RemovePermission"}));
  }
  statements.push_back(
      customResourceStatement(json, json.sub("arn:${AWS::Partition}:iam::*:role/*"),
                              {"iam:PassRole"}));
  const Location& at = functions.front().first->at;
  eventsource::addCustomResourceHandler(
      context, std::move(statements),
      eventsource::CustomResourceFunction{.logicalId = handler,
                                          .logGroupId = naming::cognitoUserPoolHandlerLogGroup(),
                                          .name = naming::kCognitoUserPoolHandlerName,
                                          .code = kCognitoUserPoolHandler},
      at);
}

}  // namespace cognito
}  // namespace slsc
