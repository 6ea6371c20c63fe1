// Conditions: references to a conditional resource from outside its condition.
#include "check/conditions.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/locate.h"

namespace slsc {
namespace {

std::string_view view(const Json& s) { return {s.GetString(), s.GetStringLength()}; }

// The condition a resource carries, when it is a name.
std::string_view conditionOf(const Json& entry) {
  const Json* condition = member(entry, "Condition");
  return condition && condition->IsString() ? view(*condition) : std::string_view();
}

class ConditionChecker {
 public:
  explicit ConditionChecker(const Template& t) {
    for (const auto& entry : t.resources().entries()) {
      std::string_view condition = conditionOf(entry.value);
      if (!condition.empty()) conditional_.emplace(entry.id, Target{&entry, condition});
    }
  }

  // Whether any resource has a condition (when none has, nothing can refer to one unguarded).
  bool any() const { return !conditional_.empty(); }

  // Records each conditional resource that `entry` refers to outside its condition.
  void check(const TemplateEntry& entry) {
    referrer_ = &entry;
    own_ = conditionOf(entry.value);
    if (const Json* depends = member(entry.value, "DependsOn")) {
      if (depends->IsString()) refer(view(*depends), {});
      if (depends->IsArray())
        for (const auto& id : depends->GetArray())
          if (id.IsString()) refer(view(id), {});
    }
    walk(entry.value, {});
  }

  // Conditional resource id → the ids that refer to it unguarded, in template order.
  const std::map<std::string, std::vector<std::string>>& dangling() const { return dangling_; }

 private:
  using Guards = std::set<std::string_view>;

  void refer(std::string_view id, const Guards& guards) {
    auto target = conditional_.find(id);
    if (target == conditional_.end() || target->second.entry == referrer_) return;
    std::string_view condition = target->second.condition;
    if (condition == own_ || guards.count(condition)) return;
    auto& referrers = dangling_[std::string(id)];
    if (referrers.empty() || referrers.back() != referrer_->id) referrers.push_back(referrer_->id);
  }

  void sub(const Json& arg, const Guards& guards) {
    const Json* text = arg.IsArray() && arg.Size() >= 1 ? &arg[0] : &arg;
    if (!text->IsString()) return;
    std::string_view s = view(*text);
    for (std::size_t at = s.find("${"); at != std::string_view::npos; at = s.find("${", at + 2)) {
      std::size_t end = s.find('}', at);
      if (end == std::string_view::npos) return;
      std::string_view name = s.substr(at + 2, end - at - 2);
      refer(name.substr(0, name.find('.')), guards);
    }
  }

  void walk(const Json& value, const Guards& guards) {
    if (value.IsArray()) {
      for (const auto& item : value.GetArray()) walk(item, guards);
      return;
    }
    if (!value.IsObject()) return;
    if (value.MemberCount() == 1) {
      std::string_view fn = view(value.MemberBegin()->name);
      const Json& arg = value.MemberBegin()->value;
      if (fn == "Ref" && arg.IsString()) refer(view(arg), guards);
      if (fn == "Fn::GetAtt" && arg.IsArray() && arg.Size() >= 1 && arg[0].IsString())
        refer(view(arg[0]), guards);
      if (fn == "Fn::GetAtt" && arg.IsString())
        refer(view(arg).substr(0, view(arg).find('.')), guards);
      if (fn == "Fn::Sub") sub(arg, guards);
      if (fn == "Fn::If" && arg.IsArray() && arg.Size() == 3 && arg[0].IsString()) {
        Guards whenTrue = guards;
        whenTrue.insert(view(arg[0]));
        walk(arg[1], whenTrue);
        walk(arg[2], guards);
        return;
      }
    }
    for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
      if (view(it->name) != "Condition" && view(it->name) != "DependsOn") walk(it->value, guards);
  }

  struct Target {
    const TemplateEntry* entry;
    std::string_view condition;
  };
  // The resources that have a condition, by id: the only ones a reference can leave dangling.
  std::unordered_map<std::string_view, Target> conditional_;
  const TemplateEntry* referrer_ = nullptr;
  std::string_view own_;
  std::map<std::string, std::vector<std::string>> dangling_;
};

std::string listed(const std::vector<std::string>& ids) {
  constexpr std::size_t kShown = 4;
  std::string text;
  for (std::size_t i = 0; i < ids.size() && i < kShown; ++i)
    text += (i ? ", " : "") + ids[i];
  if (ids.size() > kShown) text += fmt::format(" and {} more", ids.size() - kShown);
  return text;
}

constexpr std::string_view kConditionFunctions[] = {"Fn::And", "Fn::Equals", "Fn::If", "Fn::Not",
                                                    "Fn::Or", "Condition"};

bool isConditionFunction(std::string_view name) {
  for (std::string_view fn : kConditionFunctions)
    if (name == fn) return true;
  return false;
}

// One condition or operand of a logical condition function; `name` is the condition's.
void checkConditionValue(const std::string& name, const Node& value, bool operand,
                         Diagnostics& diagnostics) {
  if (value.isMap() && value.entries().size() == 1 &&
      isConditionFunction(value.entries().front().key)) {
    const MapEntry& fn = value.entries().front();
    if (fn.key != "Fn::And" && fn.key != "Fn::Or" && fn.key != "Fn::Not") return;
    for (const auto& item : fn.value.items()) checkConditionValue(name, item, true, diagnostics);
    return;
  }
  std::string written = value.isMap() && value.entries().size() == 1
                            ? fmt::format("'{}'", value.entries().front().key)
                            : std::string(value.isScalar() ? "a plain value" : "not one function");
  const Location& at = value.isMap() && !value.entries().empty() ? value.entries().front().keyAt
                                                                  : value.location();
  diagnostics.error(at, "condition-function-invalid",
                    fmt::format("{}condition '{}' is {}, and CloudFormation takes only "
                                "Fn::And, Fn::Equals, Fn::If, Fn::Not, Fn::Or and {{Condition: "
                                "name}} there: it refuses the template",
                                operand ? "an operand of " : "", name, written));
}

}  // namespace

void checkConditionDefinitions(const Node& source, Diagnostics& diagnostics) {
  for (const Node* conditions : resourceSections(source, "Conditions"))
    for (const auto& condition : conditions->entries())
      checkConditionValue(condition.key, condition.value, false, diagnostics);
}

void checkConditionalReferences(const Template& t, const Node* source, Diagnostics& diagnostics) {
  ConditionChecker checker(t);
  if (!checker.any()) return;
  for (const auto& entry : t.resources().entries()) checker.check(entry);
  for (const auto& entry : t.outputs().entries()) checker.check(entry);
  for (const auto& [id, referrers] : checker.dangling()) {
    const TemplateEntry* target = t.resources().find(id);
    const Node* written = source ? findResourceAttribute(*source, id, "Condition") : nullptr;
    diagnostics.warning(written ? written->location() : target->origin, "condition-dangling-reference",
                        fmt::format("'{}' has Condition '{}', but {} refer{} to it without that "
                                    "condition; where it is false, CloudFormation refuses the "
                                    "template (unresolved resource dependencies): give them the "
                                    "condition too, or guard the references with Fn::If",
                                    id, conditionOf(target->value), listed(referrers),
                                    referrers.size() == 1 ? "s" : ""));
  }
}

}  // namespace slsc
