// API keys, usage plans and usage plan keys, numbered and named as the reference numbers them.
#include "events/apigateway/keys.h"

#include <fmt/format.h>

#include <algorithm>

#include "events/apigateway/arns.h"

namespace slsc::apigateway {
namespace {

// The first key of a map (the reference's Object.keys(x)[0]); for text, "0".
std::string firstKey(const Node& value) {
  if (value.isMap() && !value.entries().empty()) return value.entries().front().key;
  return "0";
}

// The usage plans' names: each item's first key, or "default" for a single plan.
std::vector<std::string> planNames(const KeySettings& s) {
  std::vector<std::string> names;
  if (s.usagePlan && s.usagePlan->isSeq()) {
    for (const auto& item : s.usagePlan->items()) names.push_back(firstKey(item));
  } else if (s.usagePlan || s.apiKeys) {
    names.emplace_back("default");
  }
  return names;
}

bool listsPlan(const KeySettings& s, const std::string& name) {
  if (!s.usagePlan || !s.usagePlan->isSeq()) return false;
  for (const auto& item : s.usagePlan->items())
    if (item.isMap())
      for (const auto& e : item.entries())
        if (e.key == name) return true;
  return false;
}

Json apiKey(CompileContext& context, const Node& key, KeyTarget& target) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  const Node* name = key.isMap() ? key.get("name") : &key;
  const Node* enabled = key.isMap() ? key.get("enabled") : nullptr;
  properties.set("Enabled", enabled ? json.fromNode(*enabled) : json.boolean(true));
  if (name && name->isScalar()) properties.set("Name", name->text());
  if (key.isMap()) {
    for (const char* field : {"value", "description", "customerId"})
      if (const Node* v = key.get(field); v && !v->isNull()) {
        std::string property(field);
        property[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(property[0])));
        properties.set(property, json.fromNode(*v));
      }
  }
  if (target.stageKeys) {
    std::vector<Json> stages;
    stages.push_back(JsonObject(json)
                         .set("RestApiId", json.copy(target.apiId))
                         .set("StageName", json.copy(target.stage))
                         .take());
    properties.set("StageKeys", json.array(std::move(stages)));
  }
  return resource(json, "AWS::ApiGateway::ApiKey", properties.take(), {target.dependsOn});
}

// {Limit, Offset, Period} or {BurstLimit, RateLimit}, each field when written.
Json limits(JsonFactory& json, const Node& settings,
            std::initializer_list<std::pair<const char*, const char*>> fields) {
  JsonObject out(json);
  for (const auto& [from, to] : fields)
    if (const Node* v = settings.get(from); v && !v->isNull()) out.set(to, json.fromNode(*v));
  return out.take();
}

// The settings (quota, throttle) of plan `name`: the last list item that names it.
const Node* planSettings(const KeySettings& s, const std::string& name) {
  if (!s.usagePlan) return nullptr;
  if (name == "default") return s.usagePlan->isMap() ? &*s.usagePlan : nullptr;
  const Node* found = nullptr;
  for (const auto& item : s.usagePlan->items())
    if (const Node* plan = item.isMap() ? item.get(name) : nullptr; plan && plan->isMap())
      found = plan;
  return found;
}


void compileApiKeys(CompileContext& context, const KeySettings& s, KeyTarget& target) {
  if (!s.apiKeys || !s.apiKeys->isSeq()) return;
  std::size_t number = 0;
  for (const auto& definition : s.apiKeys->items()) {
    std::string name = firstKey(definition);
    if (definition.isMap() && listsPlan(s, name)) {
      number = 0;
      const Node* keys = definition.get(name);
      if (!keys || !keys->isSeq()) continue;
      for (const auto& key : keys->items())
        context.out.addResource(target.keyId(++number, name), apiKey(context, key, target),
                                key.location());
    } else {
      context.out.addResource(target.keyId(++number, ""), apiKey(context, definition, target),
                              definition.location());
    }
  }
}

void compileUsagePlans(CompileContext& context, const KeySettings& s, KeyTarget& target) {
  JsonFactory& json = context.json();
  const std::string& service = context.service.name;
  const std::string& stage = context.provider.stage;
  std::string kind = target.planKind.empty() ? "" : std::string(target.planKind) + " ";
  std::string infix = target.planKind.empty() ? "" : std::string(target.planKind) + "-";
  for (const auto& name : planNames(s)) {
    bool single = name == "default";
    std::vector<Json> stages;
    stages.push_back(JsonObject(json)
                         .set("ApiId", json.copy(target.apiId))
                         .set("Stage", json.copy(target.stage))
                         .take());
    JsonObject properties(json);
    properties.set("ApiStages", json.array(std::move(stages)))
        .set("Description", single ? fmt::format("Usage plan for {} {} {}stage", service, stage, kind)
                                   : fmt::format("Usage plan \"{}\" for {} {} {}stage", name, service, stage, kind))
        .set("UsagePlanName", single ? fmt::format("{}-{}{}", service, infix, stage)
                                     : fmt::format("{}-{}{}-{}", service, infix, name, stage));
    if (const Node* settings = planSettings(s, name)) {
      if (const Node* quota = settings->get("quota"); quota && quota->isMap())
        properties.set("Quota", limits(json, *quota, {{"limit", "Limit"}, {"offset", "Offset"}, {"period", "Period"}}));
      if (const Node* throttle = settings->get("throttle"); throttle && throttle->isMap())
        properties.set("Throttle", limits(json, *throttle, {{"burstLimit", "BurstLimit"}, {"rateLimit", "RateLimit"}}));
    }
    context.out.addResource(target.planId(single ? "" : name),
                            resource(json, "AWS::ApiGateway::UsagePlan", properties.take(), {target.dependsOn}),
                            s.usagePlan ? s.usagePlanAt : context.serviceLocation());
  }
}

void compileUsagePlanKeys(CompileContext& context, const KeySettings& s, KeyTarget& target) {
  JsonFactory& json = context.json();
  if (!s.apiKeys || !s.apiKeys->isSeq()) return;
  std::vector<std::string> plans = planNames(s);
  std::size_t number = 0;
  auto add = [&](std::size_t n, const std::string& plan, const Location& at) {
    Json properties = JsonObject(json)
                          .set("KeyId", json.ref(target.keyId(n, plan)))
                          .set("KeyType", "API_KEY")
                          .set("UsagePlanId", json.ref(target.planId(plan)))
                          .take();
    context.out.addResource(target.planKeyId(n, plan),
                            resource(json, "AWS::ApiGateway::UsagePlanKey", std::move(properties)), at);
  };
  for (const auto& definition : s.apiKeys->items()) {
    std::string name = firstKey(definition);
    bool named = std::find(plans.begin(), plans.end(), name) != plans.end();
    if (!plans.empty() && !named && definition.isMap() && !definition.get("name")) {
      context.out.diagnostics().error(definition.location(), "http-api-key-without-plan",
                                      fmt::format("API key group '{}' has no usage plan of that "
                                                  "name in {}.usagePlan",
                                                  name, target.settingsPath));
      continue;
    }
    if (definition.isMap() && named) {
      number = 0;
      const Node* keys = definition.get(name);
      if (!keys || !keys->isSeq()) continue;
      for (const auto& key : keys->items()) add(++number, name, key.location());
    } else {
      add(++number, "", definition.location());
    }
  }
}

}  // namespace

void compileKeys(CompileContext& context, const KeySettings& settings, KeyTarget& target) {
  compileApiKeys(context, settings, target);
  compileUsagePlans(context, settings, target);
  compileUsagePlanKeys(context, settings, target);
}

}  // namespace slsc::apigateway
