// check: references, logical ids and quotas.
#include "check/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "check/conditions.h"
#include "check/locate.h"
#include "check/resources.h"
#include "events/registry.h"
#include "source/suggest.h"
#include "naming/naming.h"

namespace slsc {
namespace {

constexpr std::size_t kMaxResources = 500;
constexpr std::size_t kMaxOutputs = 200;
constexpr std::size_t kMaxTemplateBytes = 1'000'000;

std::string_view view(const Json& s) { return {s.GetString(), s.GetStringLength()}; }

class ReferenceChecker {
 public:
  ReferenceChecker(const Template& t, const Node* source, Diagnostics& diagnostics)
      : t_(t), source_(source), diagnostics_(diagnostics) {
    if (const Json* parameters = member(t.extraSections(), "Parameters");
        parameters && parameters->IsObject()) {
      for (auto it = parameters->MemberBegin(); it != parameters->MemberEnd(); ++it)
        parameters_.insert(std::string(view(it->name)));
    }
  }

  void checkEntry(const TemplateEntry& entry, bool isResource) {
    current_ = &entry;
    if (isResource) checkDependsOn(entry.value);
    walk(entry.value);
  }

 private:
  bool isResource(std::string_view id) const { return t_.resources().find(id) != nullptr; }

  bool isKnown(std::string_view name) const {
    return name.rfind("AWS::", 0) == 0 || isResource(name) ||
           parameters_.count(std::string(name)) > 0;
  }

  void unknown(std::string_view name, std::string_view how) {
    std::optional<Location> written = source_ ? locateReference(*source_, name) : std::nullopt;
    // A provider setting copied into every function is one mistake, reported once.
    if (written && !reported_.insert(std::string(name)).second) return;
    std::string nearest = closestName(name, knownNames());
    std::string hint = nearest.empty() ? "" : fmt::format("; did you mean '{}'?", nearest);
    if (written) {
      diagnostics_.error(*written, "reference-unknown",
                         fmt::format("'{}' ({}) is not a resource or parameter of the "
                                     "template{}",
                                     name, how, hint));
      return;
    }
    diagnostics_.error(current_->origin, "reference-unknown",
                       fmt::format("'{}' refers to '{}' ({}), which is not a resource or "
                                   "parameter of the template{}",
                                   current_->id, name, how, hint));
  }

  std::vector<std::string> knownNames() const {
    std::vector<std::string> names(parameters_.begin(), parameters_.end());
    std::sort(names.begin(), names.end());  // a deterministic choice between equal candidates
    for (const auto& entry : t_.resources().entries()) names.push_back(entry.id);
    return names;
  }

  void checkDependsOn(const Json& resource) {
    const Json* depends = member(resource, "DependsOn");
    if (!depends) return;
    auto one = [&](const Json& id) {
      if (id.IsString() && !isResource(view(id))) unknown(view(id), "DependsOn");
    };
    if (depends->IsArray())
      for (const auto& id : depends->GetArray()) one(id);
    else
      one(*depends);
  }

  void checkSub(const Json& args) {
    const Json* text = &args;
    const Json* variables = nullptr;
    if (args.IsArray() && args.Size() >= 1) {
      text = &args[0];
      if (args.Size() >= 2) variables = &args[1];
    }
    if (!text->IsString()) return;
    std::string_view s = view(*text);
    for (std::size_t at = s.find("${"); at != std::string_view::npos; at = s.find("${", at + 2)) {
      std::size_t end = s.find('}', at);
      if (end == std::string_view::npos) return;
      std::string_view name = s.substr(at + 2, end - at - 2);
      if (name.empty() || name[0] == '!') continue;
      std::string_view head = name.substr(0, name.find('.'));
      if (variables && member(*variables, name)) continue;
      if (name.find('.') != std::string_view::npos) {
        if (!isResource(head)) unknown(head, "Fn::Sub");
      } else if (!isKnown(name)) {
        unknown(name, "Fn::Sub");
      }
    }
  }

  void walk(const Json& value) {
    if (value.IsArray()) {
      for (const auto& item : value.GetArray()) walk(item);
      return;
    }
    if (!value.IsObject()) return;
    if (value.MemberCount() == 1) {
      std::string_view fn = view(value.MemberBegin()->name);
      const Json& arg = value.MemberBegin()->value;
      if (fn == "Ref" && arg.IsString() && !isKnown(view(arg))) unknown(view(arg), "Ref");
      if (fn == "Fn::GetAtt") {
        std::string_view target;
        if (arg.IsArray() && arg.Size() >= 1 && arg[0].IsString()) target = view(arg[0]);
        if (arg.IsString()) target = view(arg).substr(0, view(arg).find('.'));
        if (!target.empty() && !isResource(target)) unknown(target, "Fn::GetAtt");
      }
      if (fn == "Fn::Sub") checkSub(arg);
    }
    for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) walk(it->value);
  }

  const Template& t_;
  const Node* source_;
  Diagnostics& diagnostics_;
  std::unordered_set<std::string> parameters_;
  std::unordered_set<std::string> reported_;  // names already reported at the user's text
  const TemplateEntry* current_ = nullptr;
};

void checkQuotas(const Template& t, Diagnostics& diagnostics) {
  Location at;
  if (!t.resources().entries().empty()) at = t.resources().entries().front().origin;
  auto over = [&](std::size_t count, std::size_t limit, std::string_view what,
                  std::string_view who, std::string_view code) {
    if (count <= limit) return;
    diagnostics.warning(at, std::string(code),
                        fmt::format("the template has {} {}, more than the {} {} accepts; the "
                                    "deploy will fail",
                                    count, what, limit, who));
  };
  over(t.resources().size(), kMaxResources, "resources", "CloudFormation", "quota-resources");
  over(t.outputs().size(), kMaxOutputs, "outputs", "CloudFormation", "quota-outputs");
}

}  // namespace

void checkTemplate(const Service& service, const Template& t, const Node* source,
                   Diagnostics& diagnostics) {
  for (const auto& entry : t.resources().entries()) {
    if (naming::isValidLogicalId(entry.id)) continue;
    diagnostics.error(entry.origin, "logical-id-invalid",
                      fmt::format("'{}' is not a valid logical id (letters and digits only, at "
                                  "most 255)",
                                  entry.id));
  }
  ReferenceChecker references(t, source, diagnostics);
  for (const auto& entry : t.resources().entries()) references.checkEntry(entry, true);
  for (const auto& entry : t.outputs().entries()) references.checkEntry(entry, false);
  checkConditionalReferences(t, source, diagnostics);
  if (source) checkConditionDefinitions(*source, diagnostics);
  checkResourceProperties(t, source, diagnostics);
  checkQuotas(t, diagnostics);
  checkEventQuotas(service, t, diagnostics);
}

void checkTemplateSize(std::size_t bytes, const Location& at, Diagnostics& diagnostics) {
  if (bytes <= kMaxTemplateBytes) return;
  diagnostics.warning(at, "quota-template-size",
                      fmt::format("the template has {} bytes, more than the {} CloudFormation "
                                  "accepts; the deploy will fail",
                                  bytes, kMaxTemplateBytes));
}

}  // namespace slsc
