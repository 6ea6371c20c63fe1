// cognitoUserPool: the pools the stack creates, each with the LambdaConfig of its triggers
// (a custom sender as {LambdaArn, LambdaVersion} with the pool's KMSKeyID), then one permission
// per function, pool and trigger.
#include <algorithm>
#include <set>

#include "events/cognito_user_pool/family.h"
#include "events/event_source/permission.h"
#include "naming/cognito_user_pool.h"

namespace slsc::cognito {
namespace {

// The only Lambda version of the custom senders' event.
constexpr std::string_view kSenderLambdaVersion = "V1_0";

std::vector<const Event*> createdPoolEvents(const Service& service) {
  std::vector<const Event*> out;
  for (const auto& e : service.events.cognitoUserPool.events)
    if (!e.existing) out.push_back(&e);
  return out;
}

// The LambdaConfig: a trigger keeps the place of its first event and takes its last one's
// function, as the reference's Object.assign does.
Json lambdaConfig(CompileContext& context, const std::vector<const Event*>& triggers) {
  JsonFactory& json = context.json();
  Json config(rapidjson::kObjectType);
  for (const Event* e : triggers) {
    const Function& fn = context.service.functions[e->function];
    if (isCustomSender(e->trigger)) {
      setMember(config, e->trigger,
                JsonObject(json)
                    .set("LambdaArn", context.lambdaTarget(fn))
                    .set("LambdaVersion", kSenderLambdaVersion)
                    .take(),
                json.allocator());
      if (e->kmsKeyId) setMember(config, "KMSKeyID", json.fromNode(*e->kmsKeyId), json.allocator());
    } else {
      setMember(config, e->trigger, context.lambdaTarget(fn), json.allocator());
    }
  }
  return config;
}

Json pool(CompileContext& context, const std::string& name,
          const std::vector<const Event*>& triggers) {
  JsonFactory& json = context.json();
  // The reference lists each trigger's function (or alias), once per trigger. The LambdaConfig's
  // GetAtt orders the deploy after a function already; an alias, named by no Ref, is listed
  // once.
  std::vector<std::string> dependsOn;
  for (const Event* e : triggers) {
    const Function& fn = context.service.functions[e->function];
    auto alias = context.aliasId(fn);
    if (context.compat()) {
      dependsOn.push_back(alias.value_or(naming::lambdaFunction(fn.key)));
      continue;
    }
    if (alias && std::find(dependsOn.begin(), dependsOn.end(), *alias) == dependsOn.end())
      dependsOn.push_back(*alias);
  }
  Json properties = JsonObject(json)
                        .set("UserPoolName", name)
                        .set("LambdaConfig", lambdaConfig(context, triggers))
                        .take();
  std::vector<Json> ids;
  for (const auto& id : dependsOn) ids.push_back(json.str(id));
  JsonObject out(json);
  out.set("Type", "AWS::Cognito::UserPool").set("Properties", std::move(properties));
  if (!ids.empty()) out.set("DependsOn", json.array(std::move(ids)));
  return out.take();
}

void compilePermission(CompileContext& context, const Event& e) {
  const Function& fn = context.service.functions[e.function];
  JsonObject properties =
      eventsource::permissionProperties(context, fn, "cognito-idp.amazonaws.com");
  properties.set("SourceArn", context.json().getAtt(naming::cognitoUserPool(e.pool), "Arn"));
  context.out.addResource(naming::cognitoUserPoolPermission(fn.key, e.pool, e.trigger),
                          eventsource::permission(context, fn, properties.take()), e.at);
}

}  // namespace

void compilePools(CompileContext& context) {
  const auto events = createdPoolEvents(context.service);
  std::vector<std::string> names;
  for (const Event* e : events)
    if (std::find(names.begin(), names.end(), e->pool) == names.end()) names.push_back(e->pool);
  for (const auto& name : names) {
    std::vector<const Event*> triggers;
    for (const Event* e : events)
      if (e->pool == name) triggers.push_back(e);
    context.out.addResource(naming::cognitoUserPool(name), pool(context, name, triggers),
                            triggers.front()->poolAt);
  }
  // One permission per function, pool and trigger: the same trigger twice on one function
  // makes one.
  std::set<std::string> done;
  for (const Event* e : events) {
    const Function& fn = context.service.functions[e->function];
    if (done.insert(naming::cognitoUserPoolPermission(fn.key, e->pool, e->trigger)).second)
      compilePermission(context, *e);
  }
}

}  // namespace slsc::cognito
