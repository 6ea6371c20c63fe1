// s3, compile: existing buckets (`existing: true`). One custom resource per function sets the
// function's notifications on its bucket and lets S3 invoke it; our own handler
// (existing_bucket.py, carried inline) does it, run by the custom resources' role (shared with the
// other custom-resource families, events/event_source/custom_resources) with the statements the
// reference gives it. Logical ids, properties and statements are the reference's.
#include <map>

#include "events/event_source/custom_resources.h"
#include "events/s3/common.h"
#include "events/s3/family.h"
#include "naming/naming.h"
#include "naming/s3.h"

namespace slsc {

extern const char* const kS3ExistingBucketHandler;

namespace s3 {
namespace {

Json arnJoin(JsonFactory& json, std::vector<Json> tail) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn"));
  parts.push_back(json.ref("AWS::Partition"));
  for (auto& t : tail) parts.push_back(std::move(t));
  return json.join(":", std::move(parts));
}

Json bucketStatement(CompileContext& context, const Node& bucket) {
  JsonFactory& json = context.json();
  std::vector<Json> tail;
  tail.push_back(json.str("s3"));
  tail.push_back(json.str(""));
  tail.push_back(json.str(""));
  tail.push_back(json.fromNode(bucket));
  return JsonObject(json)
      .set("Effect", "Allow")
      .set("Resource", arnJoin(json, std::move(tail)))
      .set("Action", json.strings({"s3:PutBucketNotification", "s3:GetBucketNotification"}))
      .take();
}

Json permissionStatement(JsonFactory& json) {
  std::vector<Json> tail;
  tail.push_back(json.str("lambda"));
  tail.push_back(json.ref("AWS::Region"));
  tail.push_back(json.ref("AWS::AccountId"));
  tail.push_back(json.str("function"));
  tail.push_back(json.str("*"));
  return JsonObject(json)
      .set("Effect", "Allow")
      .set("Resource", arnJoin(json, std::move(tail)))
      .set("Action", json.strings({"lambda:AddPermission", "lambda:RemovePermission"}))
      .take();
}

Json bucketConfig(JsonFactory& json, const Event& e) {
  std::vector<Json> rules;
  for (const auto& r : e.rules)
    rules.push_back(JsonObject(json).set(naming::upperFirst(r.name), json.fromNode(r.value)).take());
  return JsonObject(json).set("Event", e.event).set("Rules", json.array(std::move(rules))).take();
}

}  // namespace

void compileExistingBuckets(CompileContext& context) {
  auto buckets = existingBuckets(context.service);
  if (buckets.empty()) return;
  JsonFactory& json = context.json();
  std::vector<Json> statements;
  std::map<std::string, std::string> previousOnBucket;  // the last custom resource on each bucket
  for (const auto& b : buckets) {
    const Event& first = *b.events.front();
    std::vector<Json> configs;
    for (const Event* e : b.events) configs.push_back(bucketConfig(json, *e));
    Json properties = JsonObject(json)
                          .set("ServiceToken", json.getAtt(naming::kS3HandlerFunction, "Arn"))
                          .set("FunctionName", b.fn->name)
                          .set("BucketName", json.fromNode(first.bucket))
                          .set("BucketConfigs", json.array(std::move(configs)))
                          .take();
    std::string id = naming::s3ExistingBucketResource(b.fn->key);
    std::vector<std::string> dependsOn = {naming::lambdaFunction(b.fn->key)};
    // The ServiceToken's GetAtt orders the deploy already; the reference lists the handler too.
    if (context.compat()) dependsOn.emplace_back(naming::kS3HandlerFunction);
    // One bucket's notifications are set one custom resource after the other.
    auto& previous = previousOnBucket[bucketIdentity(first.bucket)];
    if (!previous.empty()) dependsOn.push_back(previous);
    previous = id;
    context.out.addResource(
        id, eventsource::customResource(json, "Custom::S3", dependsOn, std::move(properties)), first.at);
    statements.push_back(bucketStatement(context, first.bucket));
  }
  statements.push_back(permissionStatement(json));
  const Location& at = buckets.front().events.front()->at;
  eventsource::addCustomResourceHandler(
      context, std::move(statements),
      eventsource::CustomResourceFunction{.logicalId = naming::kS3HandlerFunction,
                                          .logGroupId = naming::kS3HandlerLogGroup,
                                          .name = naming::kS3HandlerFunctionName,
                                          .code = kS3ExistingBucketHandler},
      at);
}

}  // namespace s3
}  // namespace slsc
