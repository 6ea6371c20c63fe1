// schedule, compile: per expression an AWS::Events::Rule with its permission (method eventBus),
// or an AWS::Scheduler::Schedule that assumes the function's role (method scheduler), which the
// role then trusts and lets invoke the function.
#include <rapidjson/document.h>

#include "events/schedule/family.h"
#include "naming/schedule.h"

namespace slsc::schedule {
namespace {

const Model& model(const Service& service) { return service.events.schedule; }

// The input's text: a string as written, or a map's JSON (input.body's JSON text inlined).
std::string inputText(JsonFactory& json, const Node& input) {
  if (!input.isMap()) return input.text();
  Json value = json.fromNode(input);
  if (Json* body = member(value, "body"); body && body->IsString()) {
    rapidjson::Document parsed;
    parsed.Parse(body->GetString(), body->GetStringLength());
    if (!parsed.HasParseError()) *body = Json(parsed, json.allocator());
  }
  return toCompactJson(value);
}

// What the reference's rule template does to a value: parsed back from a JSON string literal
// in compat mode; as written otherwise.
std::string literal(const CompileContext& context, const std::string& text, bool escapeQuotes) {
  return context.compat() ? eventrule::templated(text, escapeQuotes) : text;
}

std::optional<std::string> aliasOf(const CompileContext& context, const Function& fn) {
  return context.aliasId(fn);
}

Json functionRole(CompileContext& context, const Function& fn) {
  const TemplateEntry* resource = context.out.resources().find(naming::lambdaFunction(fn.key));
  if (!resource) return Json();
  const Json* properties = member(resource->value, "Properties");
  const Json* role = properties ? member(*properties, "Role") : nullptr;
  return role ? context.json().copy(*role) : Json();
}

void compileSchedule(CompileContext& context, const Function& fn, const Event& event,
                     const Node& expression, std::size_t n) {
  JsonFactory& json = context.json();
  JsonObject target(json);
  target.set("Arn", context.lambdaTarget(fn)).set("RoleArn", functionRole(context, fn));
  if (event.input.input) target.set("Input", inputText(json, *event.input.input));
  JsonObject properties(json);
  properties.set("ScheduleExpression", json.fromNode(expression))
      .set("State", event.enabled ? "ENABLED" : "DISABLED")
      .set("Target", target.take())
      .set("FlexibleTimeWindow", JsonObject(json).set("Mode", "OFF").take());
  if (event.name) properties.set("Name", *event.name);
  if (event.description) properties.set("Description", *event.description);
  if (event.timezone) properties.set("ScheduleExpressionTimezone", *event.timezone);
  JsonObject resource(json);
  resource.set("Type", "AWS::Scheduler::Schedule");
  if (auto alias = aliasOf(context, fn)) resource.set("DependsOn", *alias);
  resource.set("Properties", properties.take());
  context.out.addResource(naming::schedulerSchedule(fn.key, n), resource.take(), event.at);
}

void compileRule(CompileContext& context, const Function& fn, const Event& event,
                 const Node& expression, std::size_t n) {
  JsonFactory& json = context.json();
  std::string rule = naming::scheduleRule(fn.key, n);
  JsonObject target(json);
  const eventrule::Input& in = event.input;
  if (in.input) target.set("Input", literal(context, inputText(json, *in.input), true));
  if (in.inputPath) target.set("InputPath", literal(context, *in.inputPath, false));
  if (in.inputTransformer) target.set("InputTransformer", eventrule::inputTransformer(json, *in.inputTransformer));
  target.set("Arn", context.lambdaTarget(fn))
      .set("Id", literal(context, naming::scheduleTargetId(fn.key), false));
  JsonObject properties(json);
  properties.set("ScheduleExpression", expression.isScalar()
                                           ? json.str(literal(context, expression.text(), false))
                                           : json.fromNode(expression))
      .set("State", event.enabled ? "ENABLED" : "DISABLED");
  if (event.name && !event.name->empty()) properties.set("Name", literal(context, *event.name, false));
  if (event.description && !event.description->empty())
    properties.set("Description", literal(context, *event.description, false));
  std::vector<Json> targets;
  targets.push_back(target.take());
  properties.set("Targets", json.array(std::move(targets)));
  std::optional<std::string> alias = aliasOf(context, fn);
  JsonObject resource(json);
  resource.set("Type", "AWS::Events::Rule");
  if (alias) resource.set("DependsOn", *alias);
  resource.set("Properties", properties.take());
  context.out.addResource(rule, resource.take(), event.at);
  context.out.addResource(naming::schedulePermission(fn.key, n),
                          eventrule::invokePermission(json, context.lambdaTarget(fn),
                                                      json.getAtt(rule, "Arn"), alias, false),
                          event.at);
}

}  // namespace

void contribute(CompileContext& context, Contributions& out) {
  JsonFactory& json = context.json();
  std::vector<Json> resources;
  std::vector<std::size_t> functions;
  const auto& all = context.service.functions;
  for (std::size_t i = 0; i < all.size(); ++i) {
    bool scheduler = false;
    for (const auto& event : model(context.service).events)
      scheduler = scheduler || (event.function == i && event.method == Method::Scheduler);
    if (!scheduler) continue;
    std::string arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:" + all[i].name;
    resources.push_back(json.sub(arn));
    resources.push_back(json.sub(arn + ":*"));
    functions.push_back(i);
  }
  if (functions.empty()) return;
  out.roleStatements.push_back(RoleStatement{JsonObject(json)
                                                 .set("Effect", "Allow")
                                                 .set("Action", json.strings({"lambda:InvokeFunction"}))
                                                 .set("Resource", json.array(std::move(resources)))
                                                 .take(),
                                             functions});
  out.roleServices.push_back(RoleService{"scheduler.amazonaws.com", std::move(functions)});
}

void compileRules(CompileContext& context) {
  const auto& all = context.service.functions;
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::size_t n = 0;
    for (const auto& event : model(context.service).events) {
      if (event.function != i) continue;
      for (const auto& expression : event.expressions) {
        ++n;
        if (event.method == Method::Scheduler) compileSchedule(context, all[i], event, expression, n);
        else compileRule(context, all[i], event, expression, n);
      }
    }
  }
}

}  // namespace slsc::schedule
