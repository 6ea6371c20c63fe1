// The event-source-mapping families' shared pieces.
#include "events/event_source/mapping.h"

#include <fmt/format.h>

#include <map>

#include "naming/naming.h"

namespace slsc::eventsource {
namespace {

const Node* single(const Node& value, std::string_view key) {
  if (!value.isMap() || value.entries().size() != 1) return nullptr;
  return value.get(key);
}

void writeKey(const Node& value, std::string& out) {
  if (value.isMap()) {
    out += '{';
    for (const auto& e : value.entries()) {
      out += fmt::format("{:?}:", e.key);
      writeKey(e.value, out);
      out += ',';
    }
    out += '}';
  } else if (value.isSeq()) {
    out += '[';
    for (const auto& item : value.items()) {
      writeKey(item, out);
      out += ',';
    }
    out += ']';
  } else if (value.isNull()) {
    out += "null";
  } else {
    out += fmt::format("{:?}", value.text());
  }
}

}  // namespace

std::vector<const Node*> eventValues(const FunctionEvents& in, std::string_view key) {
  std::vector<const Node*> out;
  for (const auto& event : in.events.items())
    if (const MapEntry* entry = event.isMap() ? event.entry(key) : nullptr) out.push_back(&entry->value);
  return out;
}

void readFilterPatterns(const Fields& fields, std::optional<std::vector<Node>>& out, Location& at) {
  const Node* patterns = fields.node("filterPatterns");
  if (!patterns || !patterns->isSeq()) return;
  out = patterns->items();
  at = fields.keyAt("filterPatterns");
}

void readKafkaSettings(const Node& value, const Fields& fields, KafkaSettings& out) {
  out.batchSize = fields.copy("batchSize");
  out.maximumBatchingWindow = fields.copy("maximumBatchingWindow");
  if (const MapEntry* enabled = value.entry("enabled")) out.enabled = enabled->value;
  out.startingPosition = fields.text("startingPosition");
  out.positionAt = fields.keyAt("startingPosition");
  out.startingPositionTimestamp = fields.copy("startingPositionTimestamp");
  out.consumerGroupId = fields.text("consumerGroupId");
  readFilterPatterns(fields, out.filterPatterns, out.filtersAt);
}

std::string functionSourceName(const Node& arn, bool withRef) {
  if (const Node* getAtt = single(arn, "Fn::GetAtt")) {
    if (getAtt->isSeq() && !getAtt->items().empty() && getAtt->items()[0].isScalar())
      return getAtt->items()[0].text();
    if (getAtt->isScalar()) return getAtt->text().substr(0, getAtt->text().find('.'));
    return {};
  }
  if (const Node* import = single(arn, "Fn::ImportValue"))
    return import->isScalar() ? import->text() : std::string();
  if (const Node* ref = single(arn, "Ref"); ref && withRef)
    return ref->isScalar() ? ref->text() : std::string();
  if (const Node* join = single(arn, "Fn::Join")) {
    if (!join->isSeq() || join->items().size() != 2 || !join->items()[1].isSeq()) return {};
    const auto& parts = join->items()[1].items();
    if (parts.empty() || !parts.back().isScalar()) return {};
    return parts.back().text();
  }
  return {};
}

std::string arnPart(std::string_view arn, std::size_t index) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < index; ++i) {
    start = arn.find(':', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  return std::string(arn.substr(start, arn.find(':', start) - start));
}

std::string sourceKey(const Node& value) {
  std::string out;
  writeKey(value, out);
  return out;
}

void checkMappings(const std::vector<MappingRef>& mappings, std::string_view family,
                   Diagnostics& diagnostics) {
  std::map<std::string, const MappingRef*> bySource;
  std::map<std::string, const MappingRef*> byId;
  for (const auto& m : mappings) {
    auto [same, fresh] = bySource.emplace(fmt::format("{}\n{}", m.function, m.source), &m);
    if (!fresh) {
      diagnostics.error(m.at, "event-source-duplicate",
                        fmt::format("function '{}' maps {} {} twice (line {} and here): AWS "
                                    "refuses a second mapping of one source to one function",
                                    m.functionKey, family, m.sourceText, same->second->at.line));
      continue;
    }
    auto [other, unique] = byId.emplace(m.id, &m);
    if (!unique)
      diagnostics.error(m.at, "event-source-id-collision",
                        fmt::format("the {} events of line {} and of this line both make the "
                                    "logical id '{}': one mapping would replace the other",
                                    family, other->second->at.line, m.id));
  }
}

void checkFilterCount(const std::vector<Node>& patterns, const Location& at, Diagnostics& diagnostics) {
  if (patterns.size() <= 5) return;
  diagnostics.warning(at, "event-source-filters-quota",
                      fmt::format("{} filterPatterns: an event source mapping takes 5 filters "
                                  "unless the account's quota was raised (up to 10)",
                                  patterns.size()));
}

void checkStartingTimestamp(std::string_view family, const std::string& function,
                            const std::optional<std::string>& position,
                            const std::optional<Node>& timestamp, const Location& at,
                            Diagnostics& diagnostics) {
  if (position != std::optional<std::string>("AT_TIMESTAMP") || timestamp) return;
  diagnostics.error(at, fmt::format("{}-starting-position", family),
                    fmt::format("the {} event of function '{}' starts AT_TIMESTAMP but has no "
                                "startingPositionTimestamp",
                                family, function));
}

std::vector<std::string> dependsOn(CompileContext& context, const Function& fn) {
  std::vector<std::string> out;
  const Node* role = fn.role ? &*fn.role : context.provider.role ? &*context.provider.role : nullptr;
  if (!role) {
    out.push_back(fn.ownRole ? naming::functionRole(fn.key) : std::string(naming::kLambdaRole));
  } else if (role->isScalar()) {
    if (role->text().find(':') == std::string::npos) out.push_back(role->text());
  } else if (const Node* getAtt = single(*role, "Fn::GetAtt");
             getAtt && getAtt->isSeq() && getAtt->items().size() == 2 &&
             getAtt->items()[0].isScalar() && getAtt->items()[1].text() == "Arn") {
    out.push_back(getAtt->items()[0].text());
  }
  if (auto alias = context.aliasId(fn)) out.push_back(*alias);
  return out;
}

Json mappingResource(CompileContext& context, std::vector<std::string> dependsOn, Json properties) {
  JsonFactory& json = context.json();
  JsonObject out(json);
  out.set("Type", "AWS::Lambda::EventSourceMapping");
  if (!dependsOn.empty() || context.compat()) out.set("DependsOn", json.strings(dependsOn));
  return out.set("Properties", std::move(properties)).take();
}

Json filterCriteria(JsonFactory& json, const std::vector<Node>& patterns) {
  std::vector<Json> filters;
  for (const auto& p : patterns)
    filters.push_back(JsonObject(json).set("Pattern", toCompactJson(json.fromNode(p))).take());
  return JsonObject(json).set("Filters", json.array(std::move(filters))).take();
}

Json allow(JsonFactory& json, const std::vector<std::string>& actions, Json resource) {
  return JsonObject(json)
      .set("Effect", "Allow")
      .set("Action", json.strings(actions))
      .set("Resource", std::move(resource))
      .take();
}

Json vpcStatement(JsonFactory& json) {
  return allow(json,
               {"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs",
                "ec2:DeleteNetworkInterface", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"},
               json.str("*"));
}

bool truthy(const std::optional<Node>& value) {
  return value && !value->isNull() && value->asDouble().value_or(1) != 0;
}

}  // namespace slsc::eventsource
