// iot: event by event, the topic rule (its Lambda action the function, or its alias), then the
// permission, limited to that rule as the reference's.
#include "events/event_source/permission.h"
#include "events/iot/family.h"
#include "naming/iot.h"

namespace slsc::iot {
namespace {

Json topicRule(CompileContext& context, const Function& fn, const Event& e) {
  JsonFactory& json = context.json();
  std::vector<Json> actions;
  actions.push_back(
      JsonObject(json)
          .set("Lambda", JsonObject(json).set("FunctionArn", context.lambdaTarget(fn)).take())
          .take());
  JsonObject payload(json);
  payload.set("RuleDisabled", json.boolean(!e.enabled))
      .set("Sql", e.sql)
      .set("Actions", json.array(std::move(actions)));
  if (e.description) payload.set("Description", *e.description);
  if (e.sqlVersion) payload.set("AwsIotSqlVersion", *e.sqlVersion);
  JsonObject properties(json);
  properties.set("TopicRulePayload", payload.take());
  if (e.name) properties.set("RuleName", *e.name);
  JsonObject rule(json);
  rule.set("Type", "AWS::IoT::TopicRule");
  if (auto alias = context.aliasId(fn)) rule.set("DependsOn", json.str(*alias));
  return rule.set("Properties", properties.take()).take();
}

Json rulePermission(CompileContext& context, const Function& fn, const std::string& ruleId) {
  JsonFactory& json = context.json();
  std::vector<Json> arn;
  arn.push_back(json.str("arn:"));
  arn.push_back(json.ref("AWS::Partition"));
  arn.push_back(json.str(":iot:"));
  arn.push_back(json.ref("AWS::Region"));
  arn.push_back(json.str(":"));
  arn.push_back(json.ref("AWS::AccountId"));
  arn.push_back(json.str(":rule/"));
  arn.push_back(json.ref(ruleId));
  JsonObject properties = eventsource::permissionProperties(context, fn, "iot.amazonaws.com");
  properties.set("SourceArn", json.join("", std::move(arn)));
  return eventsource::permission(context, fn, properties.take());
}

}  // namespace

void compileRules(CompileContext& context) {
  for (const auto& e : context.service.events.iot.events) {
    const Function& fn = context.service.functions[e.function];
    std::string rule = naming::iotTopicRule(fn.key, e.number);
    context.out.addResource(rule, topicRule(context, fn, e), e.at);
    context.out.addResource(naming::iotTopicRulePermission(fn.key, e.number),
                            rulePermission(context, fn, rule), e.at);
  }
}

}  // namespace slsc::iot
