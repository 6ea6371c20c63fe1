// The rule target's input forms, the reference's string templates and the invoke permission.
#include "events/event_rule/target.h"

#include <fmt/format.h>
#include <rapidjson/document.h>

namespace slsc::eventrule {

const MapEntry* eventEntry(const Node& item, std::string_view key, Diagnostics& diagnostics) {
  if (!item.isMap()) return nullptr;
  const MapEntry* entry = item.entry(key);
  if (!entry || !entry->value.isNull()) return entry;
  std::string siblings;
  for (const auto& e : item.entries())
    if (e.key != key) siblings += (siblings.empty() ? "'" : ", '") + e.key + "'";
  diagnostics.warning(entry->keyAt, "event-rule-empty",
                      siblings.empty()
                          ? fmt::format("this {} event has no settings and is ignored", key)
                          : fmt::format("this {} event has no settings and is ignored; {} beside "
                                        "it in the same list item look mis-indented (each key "
                                        "of a list item is an event of its own)",
                                        key, siblings));
  return nullptr;
}

Input readInput(const Node& event, std::string_view family, Diagnostics& diagnostics) {
  Input in;
  int given = 0;
  // The reference counts the truthy ones: an empty string is no input.
  auto truthy = [](const Node& n) { return !(n.isScalar() && n.text().empty()); };
  if (const MapEntry* e = event.entry("input"); e && !e->value.isNull() && truthy(e->value)) {
    in.input = e->value;
    in.inputAt = e->keyAt;
    ++given;
  }
  if (const MapEntry* e = event.entry("inputPath"); e && e->value.isScalar() && truthy(e->value)) {
    in.inputPath = e->value.text();
    in.inputPathAt = e->keyAt;
    ++given;
  }
  if (const MapEntry* e = event.entry("inputTransformer"); e && e->value.isMap()) {
    in.inputTransformer = e->value;
    in.transformerAt = e->keyAt;
    ++given;
  }
  if (given > 1) {
    const Location& at = in.inputTransformer ? in.transformerAt : in.inputPathAt;
    diagnostics.error(at, "event-rule-input-conflict",
                      fmt::format("this {} event sets more than one of input, inputPath and "
                                  "inputTransformer; an EventBridge target takes one",
                                  family));
  }
  return in;
}

std::string templated(const std::string& text, bool escapeQuotes, bool dropEscapedNewlines) {
  std::string body;
  body.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '"' && escapeQuotes) body += '\\';
    body += c;
  }
  if (dropEscapedNewlines) {
    std::string kept;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\\' && i + 1 < body.size() && (body[i + 1] == 'n' || body[i + 1] == 'r')) {
        ++i;
        continue;
      }
      kept += body[i];
    }
    body = std::move(kept);
  }
  rapidjson::Document parsed;
  std::string literal = "\"" + body + "\"";
  parsed.Parse(literal.c_str(), literal.size());
  if (parsed.HasParseError() || !parsed.IsString()) return text;
  return std::string(parsed.GetString(), parsed.GetStringLength());
}

Json inputTransformer(JsonFactory& json, const Node& transformer) {
  JsonObject out(json);
  const Node* tmpl = transformer.get("inputTemplate");
  out.set("InputTemplate", tmpl ? json.fromNode(*tmpl) : Json());
  if (const Node* paths = transformer.get("inputPathsMap"); paths && !paths->isNull())
    out.set("InputPathsMap", json.fromNode(*paths));
  return out.take();
}

std::string jsonText(JsonFactory& json, const Node& value) { return toCompactJson(json.fromNode(value)); }

Json invokePermission(JsonFactory& json, Json functionName, Json sourceArn,
                      const std::optional<std::string>& dependsOn, bool actionFirst) {
  JsonObject properties(json);
  if (actionFirst) properties.set("Action", "lambda:InvokeFunction").set("FunctionName", std::move(functionName));
  else properties.set("FunctionName", std::move(functionName)).set("Action", "lambda:InvokeFunction");
  properties.set("Principal", "events.amazonaws.com").set("SourceArn", std::move(sourceArn));
  JsonObject resource(json);
  resource.set("Type", "AWS::Lambda::Permission");
  if (dependsOn) resource.set("DependsOn", *dependsOn);
  return resource.set("Properties", properties.take()).take();
}

}  // namespace slsc::eventrule
