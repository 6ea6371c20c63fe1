// diff: the replacement rules, read once from the embedded data file.
#include "diff/rules.h"

#include <rapidjson/document.h>

#include <map>

namespace slsc {
extern const char* const kReplacementRules;
}

namespace slsc::diff {
namespace {

std::map<std::string, ReplacementRule> load() {
  std::map<std::string, ReplacementRule> rules;
  rapidjson::Document document;
  document.Parse(kReplacementRules);
  if (!document.IsObject()) return rules;
  for (const auto& type : document.GetObject()) {
    if (!type.value.IsObject()) continue;
    ReplacementRule rule;
    if (auto source = type.value.FindMember("source"); source != type.value.MemberEnd() && source->value.IsString())
      rule.source = source->value.GetString();
    if (auto list = type.value.FindMember("replace"); list != type.value.MemberEnd() && list->value.IsArray())
      for (const auto& p : list->value.GetArray())
        if (p.IsString()) rule.properties.push_back(p.GetString());
    rules.emplace(type.name.GetString(), std::move(rule));
  }
  return rules;
}

}  // namespace

bool ReplacementRule::replaces(const std::string& property) const {
  for (const auto& p : properties)
    if (p == "*" || p == property) return true;
  return false;
}

const ReplacementRule* replacementRule(const std::string& type) {
  static const std::map<std::string, ReplacementRule> rules = load();
  auto it = rules.find(type);
  return it == rules.end() ? nullptr : &it->second;
}

}  // namespace slsc::diff
