// apigateway: the account-level setting that lets API Gateway write logs. A custom resource
// runs our own handler (cloudwatch_role.py, carried inline) that creates or reuses a role with
// AmazonAPIGatewayPushToCloudWatchLogs and sets it on the account only when the account has
// none or another. Logical ids and the role's permissions are the reference's.
#include "events/apigateway/cloudwatch_role.h"

#include "compile/hash.h"
#include "compile/iam.h"
#include "naming/apigateway.h"

namespace slsc {

extern const char* const kCloudWatchRoleHandler;

namespace apigateway {
namespace {

// service-stage-custom-resource-apigw-cw-role, shortened with an MD5 as the reference does
// when it is longer than Lambda's 64 characters.
std::string functionName(const CompileContext& context) {
  std::string name = context.service.name + "-" + context.provider.stage +
                     "-custom-resource-apigw-cw-role";
  if (name.size() <= 64) return name;
  return name.substr(0, 32) + md5Hex(name);
}

Json logStatement(JsonFactory& json, std::vector<std::string> actions, const std::string& arn) {
  std::vector<Json> resources;
  resources.push_back(json.sub(arn));
  return JsonObject(json)
      .set("Effect", "Allow")
      .set("Action", json.strings(actions))
      .set("Resource", json.array(std::move(resources)))
      .take();
}

Json arnJoin(JsonFactory& json, std::vector<Json> tail) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn"));
  parts.push_back(json.ref("AWS::Partition"));
  for (auto& t : tail) parts.push_back(std::move(t));
  return json.join(":", std::move(parts));
}

Json role(CompileContext& context) {
  JsonFactory& json = context.json();
  const std::string prefix = context.service.name + "-" + context.provider.stage;
  std::vector<Json> statements;
  if (context.service.events.apiGateway.frameworkLambdaLogs) {
    std::string group = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/" + prefix;
    statements.push_back(logStatement(
        json, {"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource"}, group + "*:*"));
    statements.push_back(logStatement(json, {"logs:PutLogEvents"}, group + "*:*:*"));
  }
  std::vector<Json> iamTail;
  iamTail.push_back(json.str("iam:"));
  iamTail.push_back(json.ref("AWS::AccountId"));
  iamTail.push_back(json.str("role/*"));
  statements.push_back(JsonObject(json)
                           .set("Effect", "Allow")
                           .set("Resource", arnJoin(json, std::move(iamTail)))
                           .set("Action", json.strings({"iam:AttachRolePolicy", "iam:CreateRole",
                                                        "iam:ListAttachedRolePolicies",
                                                        "iam:PassRole"}))
                           .take());
  std::vector<Json> accountTail;
  accountTail.push_back(json.str("apigateway:*::/account"));
  statements.push_back(JsonObject(json)
                           .set("Effect", "Allow")
                           .set("Resource", arnJoin(json, std::move(accountTail)))
                           .set("Action", json.strings({"apigateway:GET", "apigateway:PATCH"}))
                           .take());
  std::vector<Json> name;
  name.push_back(json.str(context.provider.stage));
  name.push_back(json.str(context.service.name));
  name.push_back(json.str("custom-resources-lambda"));
  return serviceRole(json, "lambda.amazonaws.com", std::move(name), std::move(statements));
}

Json function(CompileContext& context) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  Json roleArn = p.deploymentRole ? json.fromNode(*p.deploymentRole)
                                  : json.getAtt(naming::kCustomResourcesRole, "Arn");
  Json properties = JsonObject(json)
                        .set("Code", JsonObject(json).set("ZipFile", kCloudWatchRoleHandler).take())
                        .set("FunctionName", functionName(context))
                        .set("Handler", "index.handler")
                        .set("MemorySize", json.num(128))
                        .set("Runtime", "python3.12")
                        .set("Timeout", json.num(180))
                        .set("Role", std::move(roleArn))
                        .take();
  std::vector<Json> dependsOn;
  // The Role's GetAtt orders the deploy already; the reference lists the role as well.
  if (!p.deploymentRole && context.compat())
    dependsOn.push_back(json.str(naming::kCustomResourcesRole));
  if (context.service.events.apiGateway.frameworkLambdaLogs)
    dependsOn.push_back(json.str(naming::kCloudWatchRoleLogGroup));
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Function").set("Properties", std::move(properties));
  if (!dependsOn.empty()) resource.set("DependsOn", json.array(std::move(dependsOn)));
  return resource.take();
}

Json logGroup(CompileContext& context) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("LogGroupName", "/aws/lambda/" + functionName(context));
  if (context.provider.logRetentionInDays)
    properties.set("RetentionInDays", json.num(*context.provider.logRetentionInDays));
  if (context.provider.logDataProtectionPolicy)
    properties.set("DataProtectionPolicy", json.fromNode(*context.provider.logDataProtectionPolicy));
  return JsonObject(json).set("Type", "AWS::Logs::LogGroup").set("Properties", properties.take()).take();
}

}  // namespace

void compileAccountCloudWatchRole(CompileContext& context, const Location& at) {
  const Provider& p = context.provider;
  const Settings& settings = context.service.events.apiGateway;
  if (settings.cloudWatchRoleManagedExternally) return;
  // One account setting for every API family that logs (REST and websocket alike).
  if (context.out.resources().find(naming::kCloudWatchRoleCustomResource)) return;
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("ServiceToken", json.getAtt(naming::kCloudWatchRoleFunction, "Arn"));
  if (settings.cloudWatchRole) properties.set("RoleArn", json.fromNode(*settings.cloudWatchRole));
  context.out.addResource(std::string(naming::kCloudWatchRoleCustomResource),
                          JsonObject(json)
                              .set("Type", "Custom::ApiGatewayAccountRole")
                              .set("Version", json.num(1))
                              .set("Properties", properties.take())
                              .take(),
                          at);
  if (!p.deploymentRole)
    context.out.addResource(std::string(naming::kCustomResourcesRole), role(context), at);
  context.out.addResource(std::string(naming::kCloudWatchRoleFunction), function(context), at);
  if (context.service.events.apiGateway.frameworkLambdaLogs)
    context.out.addResource(std::string(naming::kCloudWatchRoleLogGroup), logGroup(context), at);
}

}  // namespace apigateway
}  // namespace slsc
