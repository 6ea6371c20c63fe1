// http: provider.apiGateway.apiKeys and usagePlan — API keys (a name, {name, value, …}, or
// {<plan>: [keys]} per usage plan), the usage plans with their quota and throttle, and the
// usage plan keys that join them, numbered and named as the reference numbers them.
#include <fmt/format.h>

#include <algorithm>

#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

// The first key of a map (the reference's Object.keys(x)[0]); for text, "0".
std::string firstKey(const Node& value) {
  if (value.isMap() && !value.entries().empty()) return value.entries().front().key;
  return "0";
}

// The usage plans' names: each item's first key, or "default" for a single plan.
std::vector<std::string> planNames(const Settings& s) {
  std::vector<std::string> names;
  if (s.usagePlan && s.usagePlan->isSeq()) {
    for (const auto& item : s.usagePlan->items()) names.push_back(firstKey(item));
  } else if (s.usagePlan || s.apiKeys) {
    names.emplace_back("default");
  }
  return names;
}

bool listsPlan(const Settings& s, const std::string& name) {
  if (!s.usagePlan || !s.usagePlan->isSeq()) return false;
  for (const auto& item : s.usagePlan->items())
    if (item.isMap())
      for (const auto& e : item.entries())
        if (e.key == name) return true;
  return false;
}

Json apiKey(CompileContext& context, const Node& key, const std::string& deployment) {
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
  std::vector<Json> stages;
  stages.push_back(JsonObject(json)
                       .set("RestApiId", restApiId(context))
                       .set("StageName", context.provider.stage)
                       .take());
  properties.set("StageKeys", json.array(std::move(stages)));
  return resource(json, "AWS::ApiGateway::ApiKey", properties.take(), {deployment});
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
const Node* planSettings(const Settings& s, const std::string& name) {
  if (!s.usagePlan) return nullptr;
  if (name == "default") return s.usagePlan->isMap() ? &*s.usagePlan : nullptr;
  const Node* found = nullptr;
  for (const auto& item : s.usagePlan->items())
    if (const Node* plan = item.isMap() ? item.get(name) : nullptr; plan && plan->isMap())
      found = plan;
  return found;
}


}  // namespace

void compileApiKeys(CompileContext& context, const std::string& deployment) {
  const Settings& s = model(context.service).settings;
  if (!s.apiKeys || !s.apiKeys->isSeq()) return;
  std::size_t number = 0;
  for (const auto& definition : s.apiKeys->items()) {
    std::string name = firstKey(definition);
    if (definition.isMap() && listsPlan(s, name)) {
      number = 0;
      const Node* keys = definition.get(name);
      if (!keys || !keys->isSeq()) continue;
      for (const auto& key : keys->items())
        context.out.addResource(naming::restApiKey(++number, name), apiKey(context, key, deployment),
                                key.location());
    } else {
      context.out.addResource(naming::restApiKey(++number, ""), apiKey(context, definition, deployment),
                              definition.location());
    }
  }
}

void compileUsagePlans(CompileContext& context, const std::string& deployment) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  const std::string& service = context.service.name;
  const std::string& stage = context.provider.stage;
  for (const auto& name : planNames(s)) {
    bool single = name == "default";
    std::vector<Json> stages;
    stages.push_back(JsonObject(json).set("ApiId", restApiId(context)).set("Stage", stage).take());
    JsonObject properties(json);
    properties.set("ApiStages", json.array(std::move(stages)))
        .set("Description", single ? fmt::format("Usage plan for {} {} stage", service, stage)
                                   : fmt::format("Usage plan \"{}\" for {} {} stage", name, service, stage))
        .set("UsagePlanName", single ? fmt::format("{}-{}", service, stage)
                                     : fmt::format("{}-{}-{}", service, name, stage));
    if (const Node* settings = planSettings(s, name)) {
      if (const Node* quota = settings->get("quota"); quota && quota->isMap())
        properties.set("Quota", limits(json, *quota, {{"limit", "Limit"}, {"offset", "Offset"}, {"period", "Period"}}));
      if (const Node* throttle = settings->get("throttle"); throttle && throttle->isMap())
        properties.set("Throttle", limits(json, *throttle, {{"burstLimit", "BurstLimit"}, {"rateLimit", "RateLimit"}}));
    }
    context.out.addResource(naming::restApiUsagePlan(single ? "" : name),
                            resource(json, "AWS::ApiGateway::UsagePlan", properties.take(), {deployment}),
                            s.usagePlan ? s.usagePlanAt : context.serviceLocation());
  }
}

void compileUsagePlanKeys(CompileContext& context) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  if (!s.apiKeys || !s.apiKeys->isSeq()) return;
  std::vector<std::string> plans = planNames(s);
  std::size_t number = 0;
  auto add = [&](std::size_t n, const std::string& plan, const Location& at) {
    Json properties = JsonObject(json)
                          .set("KeyId", json.ref(naming::restApiKey(n, plan)))
                          .set("KeyType", "API_KEY")
                          .set("UsagePlanId", json.ref(naming::restApiUsagePlan(plan)))
                          .take();
    context.out.addResource(naming::restApiUsagePlanKey(n, plan),
                            resource(json, "AWS::ApiGateway::UsagePlanKey", std::move(properties)), at);
  };
  for (const auto& definition : s.apiKeys->items()) {
    std::string name = firstKey(definition);
    bool named = std::find(plans.begin(), plans.end(), name) != plans.end();
    if (!plans.empty() && !named && definition.isMap() && !definition.get("name")) {
      context.out.diagnostics().error(definition.location(), "http-api-key-without-plan",
                                      fmt::format("API key group '{}' has no usage plan of that "
                                                  "name in provider.apiGateway.usagePlan",
                                                  name));
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

}  // namespace slsc::http
