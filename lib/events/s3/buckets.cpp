// s3, compile: the buckets the service creates, each with its notifications (provider.s3's
// settings, upper-cased, after them) and DependsOn its permissions; then one permission per
// function and bucket, limited to the bucket and this account.
#include <set>

#include "events/event_source/lambda.h"
#include "events/s3/common.h"
#include "events/s3/family.h"
#include "naming/naming.h"
#include "naming/s3.h"

namespace slsc::s3 {
namespace {

using eventsource::resource;

Json lambdaConfiguration(CompileContext& context, const Event& e) {
  JsonFactory& json = context.json();
  JsonObject out(json);
  out.set("Event", e.event).set("Function", context.lambdaTarget(context.service.functions[e.function]));
  if (e.rules.empty()) return out.take();
  std::vector<Json> rules;
  for (const auto& r : e.rules)
    rules.push_back(JsonObject(json).set("Name", r.name).set("Value", json.fromNode(r.value)).take());
  return out
      .set("Filter", JsonObject(json)
                         .set("S3Key", JsonObject(json).set("Rules", json.array(std::move(rules))).take())
                         .take())
      .take();
}

std::string permissionId(const CreatedBucket& b, const Event& e, const Service& service) {
  return naming::s3Permission(service.functions[e.function].key, b.key);
}

void compileBucket(CompileContext& context, const CreatedBucket& b) {
  JsonFactory& json = context.json();
  std::vector<Json> configurations;
  for (const Event* e : b.events) configurations.push_back(lambdaConfiguration(context, *e));
  JsonObject notification(json);
  notification.set("LambdaConfigurations", json.array(std::move(configurations)));
  JsonObject properties(json);
  properties.set("BucketName", b.name);
  std::vector<std::pair<std::string, const Node*>> settings;
  if (b.settings && b.settings->isMap())
    for (const auto& entry : b.settings->entries()) {
      if (entry.key == "name") continue;
      std::string key = naming::upperFirst(entry.key);
      if (key != "NotificationConfiguration") {
        settings.emplace_back(key, &entry.value);
        continue;
      }
      // provider.s3's own notifications: their keys over ours (LambdaConfigurations too).
      if (entry.value.isMap())
        for (const auto& n : entry.value.entries()) notification.set(n.key, json.fromNode(n.value));
    }
  properties.set("NotificationConfiguration", notification.take());
  for (const auto& [key, value] : settings) properties.set(key, json.fromNode(*value));
  std::vector<std::string> dependsOn;
  std::set<std::string> seen;
  for (const Event* e : b.events) {
    const Function& fn = context.service.functions[e->function];
    std::vector<std::string> ids = {permissionId(b, *e, context.service)};
    for (auto& alias : eventsource::aliasDependency(context, fn)) ids.push_back(alias);
    for (auto& id : ids)
      // The reference lists a permission once per event; once is enough.
      if (context.compat() || seen.insert(id).second) dependsOn.push_back(id);
  }
  context.out.addResource(naming::s3Bucket(b.key),
                          resource(json, "AWS::S3::Bucket", properties.take(), dependsOn), b.events.front()->at);
}

Json bucketArn(JsonFactory& json, const std::string& name) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":s3:::" + name));
  return json.join("", std::move(parts));
}

void compilePermissions(CompileContext& context, const std::vector<CreatedBucket>& buckets) {
  std::set<std::string> done;
  // Function by function, as the events are written.
  for (const auto& e : context.service.events.s3.events) {
    for (const auto& b : buckets) {
      bool mine = false;
      for (const Event* own : b.events) mine = mine || own == &e;
      if (!mine) continue;
      std::string id = permissionId(b, e, context.service);
      if (!done.insert(id).second) continue;
      const Function& fn = context.service.functions[e.function];
      JsonFactory& json = context.json();
      context.out.addResource(id,
                              eventsource::permission(context, fn,
                                                      {.principal = json.str("s3.amazonaws.com"),
                                                       .sourceArn = bucketArn(json, b.name),
                                                       .sourceAccount = json.ref("AWS::AccountId"),
                                                       .dependsOn = eventsource::aliasDependency(context, fn)}),
                              e.at);
    }
  }
}

}  // namespace

void compileBuckets(CompileContext& context) {
  auto buckets = createdBuckets(context.service);
  for (const auto& b : buckets) compileBucket(context, b);
  compilePermissions(context, buckets);
}

}  // namespace slsc::s3
