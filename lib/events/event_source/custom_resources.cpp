// The custom-resources role shared by every custom-resource function of the stack, and the
// functions that carry their own handler inline.
#include "events/event_source/custom_resources.h"

#include "compile/hash.h"
#include "compile/iam.h"
#include "naming/apigateway.h"

namespace slsc::eventsource {
namespace {

bool frameworkLambdaLogs(const CompileContext& context) {
  return context.service.events.apiGateway.frameworkLambdaLogs;
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

Json newRole(CompileContext& context) {
  JsonFactory& json = context.json();
  std::vector<Json> statements;
  if (frameworkLambdaLogs(context)) {
    std::string group = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/" +
                        context.service.name + "-" + context.provider.stage;
    statements.push_back(logStatement(
        json, {"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource"}, group + "*:*"));
    statements.push_back(logStatement(json, {"logs:PutLogEvents"}, group + "*:*:*"));
  }
  std::vector<Json> name;
  name.push_back(json.str(context.provider.stage));
  name.push_back(json.str(context.service.name));
  name.push_back(json.str("custom-resources-lambda"));
  return serviceRole(json, "lambda.amazonaws.com", std::move(name), std::move(statements));
}

Json* policyStatements(Json& role) {
  Json* properties = member(role, "Properties");
  Json* policies = properties ? member(*properties, "Policies") : nullptr;
  if (!policies || !policies->IsArray() || policies->Empty()) return nullptr;
  Json* document = member((*policies)[0], "PolicyDocument");
  Json* statements = document ? member(*document, "Statement") : nullptr;
  return statements && statements->IsArray() ? statements : nullptr;
}

bool hasStringResource(const Json& statements, const Json& statement) {
  const Json* resource = member(statement, "Resource");
  if (!resource || !resource->IsString()) return false;
  for (const auto& existing : statements.GetArray()) {
    const Json* other = member(existing, "Resource");
    if (other && other->IsString() && *other == *resource) return true;
  }
  return false;
}

bool hasStatement(const Json& statements, const Json& statement) {
  for (const auto& existing : statements.GetArray())
    if (existing == statement) return true;
  return false;
}

// Adds `statements` to IamRoleCustomResourcesLambdaExecution, creating the role first (with the
// log statements of provider.logs.frameworkLambda) when no family has yet; nothing when a
// deployment role is set, which the functions run as instead. A statement the policy has
// already is left out; in compat mode, as the reference does, any statement whose Resource is a
// string some statement of the policy already has.
void addRoleStatements(CompileContext& context, std::vector<Json> statements, const Location& at) {
  if (context.provider.deploymentRole) return;
  if (!context.out.resources().find(naming::kCustomResourcesRole))
    context.out.addResource(std::string(naming::kCustomResourcesRole), newRole(context), at);
  TemplateEntry* role = context.out.resources().find(naming::kCustomResourcesRole);
  Json* into = role ? policyStatements(role->value) : nullptr;
  if (!into) return;
  for (auto& statement : statements) {
    // The reference drops a statement whose Resource text is in the policy already, whatever
    // its actions (eventBridge's "*" after cognitoUserPool's would lose them): compat mode only.
    if (context.compat() ? hasStringResource(*into, statement) : hasStatement(*into, statement)) continue;
    into->PushBack(Json(statement, context.out.allocator()), context.out.allocator());
  }
}

}  // namespace

std::string customResourceFunctionName(const CompileContext& context, std::string_view name) {
  std::string full = context.service.name + "-" + context.provider.stage + "-" + std::string(name);
  if (full.size() <= 64) return full;
  return full.substr(0, 32) + md5Hex(full);
}

namespace {

// The function (Python, inline code), running as the custom-resources role or the deployment
// role, and its log group with provider.logs.frameworkLambda.
void addFunction(CompileContext& context, const CustomResourceFunction& f, const Location& at) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  const std::string name = customResourceFunctionName(context, f.name);
  Json roleArn = p.deploymentRole ? json.fromNode(*p.deploymentRole)
                                  : json.getAtt(naming::kCustomResourcesRole, "Arn");
  Json properties = JsonObject(json)
                        .set("Code", JsonObject(json).set("ZipFile", f.code).take())
                        .set("FunctionName", name)
                        .set("Handler", "index.handler")
                        .set("MemorySize", json.num(128))
                        .set("Runtime", "python3.12")
                        .set("Timeout", json.num(180))
                        .set("Role", std::move(roleArn))
                        .take();
  std::vector<Json> dependsOn;
  // The Role's GetAtt orders the deploy already; the reference lists the role as well.
  if (!p.deploymentRole && context.compat()) dependsOn.push_back(json.str(naming::kCustomResourcesRole));
  if (frameworkLambdaLogs(context)) dependsOn.push_back(json.str(f.logGroupId));
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Function").set("Properties", std::move(properties));
  if (!dependsOn.empty()) resource.set("DependsOn", json.array(std::move(dependsOn)));
  context.out.addResource(std::string(f.logicalId), resource.take(), at);
  if (!frameworkLambdaLogs(context)) return;
  JsonObject group(json);
  group.set("LogGroupName", "/aws/lambda/" + name);
  if (p.logRetentionInDays) group.set("RetentionInDays", json.num(*p.logRetentionInDays));
  if (p.logDataProtectionPolicy) group.set("DataProtectionPolicy", json.fromNode(*p.logDataProtectionPolicy));
  context.out.addResource(std::string(f.logGroupId),
                          JsonObject(json).set("Type", "AWS::Logs::LogGroup").set("Properties", group.take()).take(),
                          at);
}

}  // namespace

Json customResourceStatement(JsonFactory& json, Json resource,
                             const std::vector<std::string>& actions) {
  return JsonObject(json)
      .set("Effect", "Allow")
      .set("Resource", std::move(resource))
      .set("Action", json.strings(actions))
      .take();
}

Json customResource(JsonFactory& json, std::string_view type,
                    const std::vector<std::string>& dependsOn, Json properties) {
  return JsonObject(json)
      .set("Type", type)
      .set("Version", json.num(1))
      .set("DependsOn", json.strings(dependsOn))
      .set("Properties", std::move(properties))
      .take();
}

void addCustomResourceHandler(CompileContext& context, std::vector<Json> statements,
                              const CustomResourceFunction& function, const Location& at) {
  addRoleStatements(context, std::move(statements), at);
  addFunction(context, function, at);
}

}  // namespace slsc::eventsource
