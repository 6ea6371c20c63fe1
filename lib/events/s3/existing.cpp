// s3, compile: existing buckets (`existing: true`). One custom resource per function sets the
// function's notifications on its bucket and lets S3 invoke it; our own handler
// (existing_bucket.py, carried inline) does it, run by the custom resources' role with the
// statements the reference gives it. Logical ids, properties and statements are the reference's.
#include <map>

#include "compile/hash.h"
#include "compile/iam.h"
#include "events/event_source/lambda.h"
#include "events/s3/common.h"
#include "events/s3/family.h"
#include "naming/apigateway.h"
#include "naming/naming.h"
#include "naming/s3.h"

namespace slsc {

extern const char* const kS3ExistingBucketHandler;

namespace s3 {
namespace {

// service-stage-custom-resource-existing-s3, shortened with an MD5 as the reference does when
// it is longer than Lambda's 64 characters.
std::string handlerName(const CompileContext& context) {
  std::string name = context.service.name + "-" + context.provider.stage + "-" +
                     std::string(naming::kS3HandlerFunctionName);
  if (name.size() <= 64) return name;
  return name.substr(0, 32) + md5Hex(name);
}

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

Json logStatement(JsonFactory& json, std::vector<std::string> actions, const std::string& arn) {
  std::vector<Json> resources;
  resources.push_back(json.sub(arn));
  return JsonObject(json).set("Effect", "Allow").set("Action", json.strings(actions)).set("Resource", json.array(std::move(resources))).take();
}

// The custom resources' role: created with the framework's log statements (logs.frameworkLambda)
// and ours, or, when another custom resource made it already, given ours.
void compileRole(CompileContext& context, std::vector<Json> statements, const Location& at) {
  JsonFactory& json = context.json();
  if (auto* role = context.out.resources().find(naming::kCustomResourcesRole)) {
    Json& list = role->value["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    for (auto& s : statements) list.PushBack(Json(s, context.out.allocator()), context.out.allocator());
    return;
  }
  std::vector<Json> all;
  if (context.service.events.apiGateway.frameworkLambdaLogs) {
    std::string group = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/" +
                        context.service.name + "-" + context.provider.stage;
    all.push_back(logStatement(json, {"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource"}, group + "*:*"));
    all.push_back(logStatement(json, {"logs:PutLogEvents"}, group + "*:*:*"));
  }
  for (auto& s : statements) all.push_back(std::move(s));
  std::vector<Json> name;
  name.push_back(json.str(context.provider.stage));
  name.push_back(json.str(context.service.name));
  name.push_back(json.str("custom-resources-lambda"));
  context.out.addResource(std::string(naming::kCustomResourcesRole),
                          serviceRole(json, "lambda.amazonaws.com", std::move(name), std::move(all)), at);
}

void compileHandler(CompileContext& context, const Location& at) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  const bool logs = context.service.events.apiGateway.frameworkLambdaLogs;
  Json roleArn = p.deploymentRole ? json.fromNode(*p.deploymentRole)
                                  : json.getAtt(naming::kCustomResourcesRole, "Arn");
  Json properties = JsonObject(json)
                        .set("Code", JsonObject(json).set("ZipFile", kS3ExistingBucketHandler).take())
                        .set("FunctionName", handlerName(context))
                        .set("Handler", "index.handler")
                        .set("MemorySize", json.num(128))
                        .set("Runtime", "python3.12")
                        .set("Timeout", json.num(180))
                        .set("Role", std::move(roleArn))
                        .take();
  std::vector<std::string> dependsOn;
  // The Role's GetAtt orders the deploy already; the reference lists the role as well.
  if (!p.deploymentRole && context.compat()) dependsOn.emplace_back(naming::kCustomResourcesRole);
  if (logs) dependsOn.emplace_back(naming::kS3HandlerLogGroup);
  context.out.addResource(std::string(naming::kS3HandlerFunction),
                          eventsource::resource(json, "AWS::Lambda::Function", std::move(properties), dependsOn), at);
  if (!logs) return;
  JsonObject group(json);
  group.set("LogGroupName", "/aws/lambda/" + handlerName(context));
  if (p.logRetentionInDays) group.set("RetentionInDays", json.num(*p.logRetentionInDays));
  if (p.logDataProtectionPolicy) group.set("DataProtectionPolicy", json.fromNode(*p.logDataProtectionPolicy));
  context.out.addResource(std::string(naming::kS3HandlerLogGroup),
                          eventsource::resource(json, "AWS::Logs::LogGroup", group.take(), {}), at);
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
    JsonObject resource(json);
    resource.set("Type", "Custom::S3").set("Version", json.num(1)).set("DependsOn", json.strings(dependsOn)).set("Properties", std::move(properties));
    context.out.addResource(id, resource.take(), first.at);
    statements.push_back(bucketStatement(context, first.bucket));
  }
  statements.push_back(permissionStatement(json));
  const Location& at = buckets.front().events.front()->at;
  if (!context.provider.deploymentRole) compileRole(context, std::move(statements), at);
  compileHandler(context, at);
}

}  // namespace s3
}  // namespace slsc
