// cloudwatchEvent, compile: per event an AWS::Events::Rule on the default bus with its event
// pattern and the function as its target, and the permission limited to that rule.
#include "events/cloudwatch_event/family.h"
#include "naming/cloudwatch_event.h"

namespace slsc::cloudwatchevent {
namespace {

// The reference writes the pattern's JSON with every escaped line break removed: strings lose
// their line breaks (compat mode).
void dropLineBreaks(Json& value, JsonAllocator& allocator) {
  if (value.IsString()) {
    std::string text(value.GetString(), value.GetStringLength());
    if (text.find_first_of("\r\n") == std::string::npos) return;
    std::string kept;
    for (char c : text)
      if (c != '\n' && c != '\r') kept += c;
    value.SetString(kept.c_str(), static_cast<rapidjson::SizeType>(kept.size()), allocator);
    return;
  }
  if (value.IsArray())
    for (auto& item : value.GetArray()) dropLineBreaks(item, allocator);
  if (value.IsObject())
    for (auto& m : value.GetObject()) dropLineBreaks(m.value, allocator);
}

std::string withoutNewlines(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (text[i] != '\n') out += text[i];
  }
  return out;
}

void compileRule(CompileContext& context, const Function& fn, const Event& event, std::size_t n) {
  JsonFactory& json = context.json();
  bool compat = context.compat();
  auto literal = [&](const std::string& text, bool escapeQuotes, bool dropEscapes) {
    return compat ? eventrule::templated(text, escapeQuotes, dropEscapes) : text;
  };
  std::string rule = naming::cloudWatchEventRule(fn.key, n);
  const eventrule::Input& in = event.input;
  JsonObject target(json);
  if (in.input) {
    std::string text = in.input->isMap() ? eventrule::jsonText(json, *in.input) : in.input->text();
    target.set("Input", literal(text, true, true));
  }
  if (in.inputPath) target.set("InputPath", compat ? literal(withoutNewlines(*in.inputPath), false, false) : *in.inputPath);
  if (in.inputTransformer) target.set("InputTransformer", eventrule::inputTransformer(json, *in.inputTransformer));
  target.set("Arn", context.lambdaTarget(fn))
      .set("Id", literal(naming::cloudWatchEventTargetId(fn.key), false, false));
  Json pattern = json.fromNode(event.pattern);
  if (compat) dropLineBreaks(pattern, json.allocator());
  JsonObject properties(json);
  properties.set("EventPattern", std::move(pattern)).set("State", event.enabled ? "ENABLED" : "DISABLED");
  if (event.description && !event.description->empty())
    properties.set("Description", literal(*event.description, false, false));
  if (event.name && !event.name->empty()) properties.set("Name", literal(*event.name, false, false));
  std::vector<Json> targets;
  targets.push_back(target.take());
  properties.set("Targets", json.array(std::move(targets)));
  std::optional<std::string> alias = context.aliasId(fn);
  JsonObject resource(json);
  resource.set("Type", "AWS::Events::Rule");
  if (alias) resource.set("DependsOn", *alias);
  resource.set("Properties", properties.take());
  context.out.addResource(rule, resource.take(), event.at);
  context.out.addResource(naming::cloudWatchEventPermission(fn.key, n),
                          eventrule::invokePermission(json, context.lambdaTarget(fn),
                                                      json.getAtt(rule, "Arn"), alias, false),
                          event.at);
}

}  // namespace

void compileRules(CompileContext& context) {
  const auto& all = context.service.functions;
  const auto& events = context.service.events.cloudwatchEvent.events;
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::size_t n = 0;
    for (const auto& event : events)
      if (event.function == i) compileRule(context, all[i], event, ++n);
  }
}

}  // namespace slsc::cloudwatchevent
