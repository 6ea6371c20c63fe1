// iot: the family's row; the model (the `iot` events), its checks (rule names AWS IoT refuses
// or that two rules share), and its unit: topic rule then permission, event by event.
#include "events/iot/family.h"

#include <fmt/format.h>

#include <map>

#include "events/event_source/permission.h"
#include "model/fields.h"
#include "naming/iot.h"

namespace slsc::iot {
namespace {

// The reference removes line breaks (\r\n and \n) from the rule's texts.
std::string withoutLineBreaks(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

std::optional<std::string> cleanText(const Fields& fields, std::string_view key) {
  auto text = fields.text(key);
  if (!text || text->empty()) return std::nullopt;  // the reference drops an empty one
  return withoutLineBreaks(*text);
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  std::size_t number = 0;
  eventsource::forEachEvent(in, "iot", [&](const Node& value, const Location& at) {
    if (!value.isMap()) return;
    Fields fields(value, diagnostics);
    auto sql = fields.text("sql");
    if (!sql) return;  // the schema requires it
    Event e;
    e.function = in.function;
    e.number = ++number;
    e.at = at;
    e.sql = withoutLineBreaks(*sql);
    e.sqlVersion = cleanText(fields, "sqlVersion");
    e.name = cleanText(fields, "name");
    if (e.name) e.nameAt = fields.node("name")->location();
    e.description = cleanText(fields, "description");
    e.enabled = fields.boolean("enabled").value_or(true);
    service.events.iot.events.push_back(std::move(e));
  });
}

// AWS IoT takes rule names of letters, digits and '_' (at most 128); two rules of one name
// fail the deploy.
void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> byName;
  for (const auto& e : service.events.iot.events) {
    if (!e.name) continue;
    bool valid = e.name->size() <= 128;
    for (char c : *e.name)
      valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!valid)
      diagnostics.error(e.nameAt, "iot-rule-name-invalid",
                        fmt::format("iot rule name '{}' is not accepted by AWS IoT: letters, "
                                    "digits and '_' only, at most 128",
                                    *e.name));
    auto [it, fresh] = byName.emplace(*e.name, &e);
    if (!fresh)
      diagnostics.error(e.nameAt, "iot-rule-name-duplicate",
                        fmt::format("iot rule name '{}' is given twice (line {} and here): "
                                    "the second rule fails the deploy",
                                    *e.name, it->second->nameAt.line));
  }
}

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

void compileRules(CompileContext& context) {
  for (const auto& e : context.service.events.iot.events) {
    const Function& fn = context.service.functions[e.function];
    std::string rule = naming::iotTopicRule(fn.key, e.number);
    context.out.addResource(rule, topicRule(context, fn, e), e.at);
    context.out.addResource(naming::iotTopicRulePermission(fn.key, e.number),
                            rulePermission(context, fn, rule), e.at);
  }
}

void compile(CompileContext& context) {
  if (context.service.events.iot.events.empty()) return;
  runUnit(context, compileRules);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "iot",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::iot
