// diff: the comparison. Hash-suffixed ids (naming::hashedIdStem) are matched by their stem, so
// that a new hash reads as a redeploy and not as a removal and an addition.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
#include <set>

#include "diff/changes.h"
#include "diff/rules.h"
#include "events/registry.h"
#include "naming/naming.h"

namespace slsc::diff {
namespace {

using Json = rapidjson::Value;
using Allocator = rapidjson::MemoryPoolAllocator<>;

std::string text(const Json& value) {
  if (value.IsString()) return std::string(value.GetString(), value.GetStringLength());
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string compact(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

const Json* member(const Json& object, const char* key) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string typeOf(const Json& resource) {
  const Json* type = member(resource, "Type");
  return type && type->IsString() ? type->GetString() : "";
}

std::string stemOf(const std::string& id) { return naming::hashedIdStem(id); }

// One side of the comparison: resources keyed by stem, with every reference to a hashed id
// rewritten to its stem.
struct Side {
  rapidjson::Document document;
  std::map<std::string, std::string> stems;  // stem → original id
  std::map<std::string, const Json*> resources;
  std::map<std::string, const Json*> outputs;
};

void rewrite(Json& value, const std::map<std::string, std::string>& renames, Allocator& a) {
  if (value.IsString()) {
    auto it = renames.find(value.GetString());
    if (it != renames.end()) value.SetString(it->second.c_str(), static_cast<rapidjson::SizeType>(it->second.size()), a);
    return;
  }
  if (value.IsArray()) {
    for (auto& item : value.GetArray()) rewrite(item, renames, a);
    return;
  }
  if (!value.IsObject()) return;
  for (auto& m : value.GetObject()) {
    if (std::string(m.name.GetString()) == "Fn::Sub" && m.value.IsString()) {
      std::string s = m.value.GetString();
      for (const auto& [from, to] : renames) {
        std::string needle = "${" + from;
        for (auto at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1))
          s.replace(at, needle.size(), "${" + to);
      }
      m.value.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
      continue;
    }
    rewrite(m.value, renames, a);
  }
}

void load(Side& side, const Json& source) {
  side.document.CopyFrom(source, side.document.GetAllocator());
  std::map<std::string, std::string> renames;
  if (const Json* resources = member(side.document, "Resources"); resources && resources->IsObject()) {
    for (const auto& m : resources->GetObject()) {
      std::string id = m.name.GetString();
      std::string stem = stemOf(id);
      side.stems[stem] = id;
      if (stem != id) renames[id] = stem;
    }
  }
  rewrite(side.document, renames, side.document.GetAllocator());
  if (const Json* resources = member(side.document, "Resources"); resources && resources->IsObject())
    for (const auto& m : resources->GetObject()) side.resources[stemOf(m.name.GetString())] = &m.value;
  if (const Json* outputs = member(side.document, "Outputs"); outputs && outputs->IsObject())
    for (const auto& m : outputs->GetObject()) side.outputs[m.name.GetString()] = &m.value;
}

void diffValues(const std::string& resource, const std::string& path, const Json* a,
                const Json* b, std::vector<PropertyChange>& out) {
  if (a && b && *a == *b) return;
  if (a && b && a->IsObject() && b->IsObject()) {
    std::set<std::string> keys;
    for (const auto& m : a->GetObject()) keys.insert(m.name.GetString());
    for (const auto& m : b->GetObject()) keys.insert(m.name.GetString());
    for (const auto& k : keys)
      diffValues(resource, path.empty() ? k : path + "." + k, member(*a, k.c_str()),
                 member(*b, k.c_str()), out);
    return;
  }
  out.push_back(PropertyChange{resource, path, a ? compact(*a) : "", b ? compact(*b) : ""});
}

// The top-level properties that differ.
std::vector<std::string> changedProperties(const Json& a, const Json& b) {
  std::vector<std::string> out;
  const Json* pa = member(a, "Properties");
  const Json* pb = member(b, "Properties");
  static const Json empty(rapidjson::kObjectType);
  if (!pa || !pa->IsObject()) pa = &empty;
  if (!pb || !pb->IsObject()) pb = &empty;
  std::set<std::string> keys;
  for (const auto& m : pa->GetObject()) keys.insert(m.name.GetString());
  for (const auto& m : pb->GetObject()) keys.insert(m.name.GetString());
  for (const auto& k : keys) {
    const Json* x = member(*pa, k.c_str());
    const Json* y = member(*pb, k.c_str());
    if (!x || !y || !(*x == *y)) out.push_back(k);
  }
  return out;
}

std::vector<std::string> strings(const Json* value) {
  std::vector<std::string> out;
  if (!value) return out;
  if (value->IsArray()) {
    for (const auto& item : value->GetArray()) out.push_back(text(item));
  } else {
    out.push_back(text(*value));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += ", ";
    out += i;
  }
  return out;
}

std::size_t wildcards(const std::vector<std::string>& items) {
  std::size_t n = 0;
  for (const auto& i : items) n += static_cast<std::size_t>(std::count(i.begin(), i.end(), '*'));
  return n;
}

// Statements of a role, keyed by effect and actions.
std::map<std::string, std::vector<std::string>> statements(const Json& role) {
  std::map<std::string, std::vector<std::string>> out;
  const Json* properties = member(role, "Properties");
  const Json* policies = properties ? member(*properties, "Policies") : nullptr;
  if (!policies || !policies->IsArray()) return out;
  for (const auto& policy : policies->GetArray()) {
    const Json* document = member(policy, "PolicyDocument");
    const Json* list = document ? member(*document, "Statement") : nullptr;
    if (!list || !list->IsArray()) continue;
    for (const auto& s : list->GetArray()) {
      const Json* effect = member(s, "Effect");
      std::vector<std::string> actions = strings(member(s, "Action"));
      if (actions.empty()) actions = strings(member(s, "NotAction"));
      std::string key = (effect ? text(*effect) : "Allow") + " " + join(actions);
      std::vector<std::string>& resources = out[key];
      for (auto& r : strings(member(s, "Resource"))) resources.push_back(r);
    }
  }
  return out;
}

IamChange scopeChange(const std::string& resource, const std::string& key,
                      const std::vector<std::string>& before, const std::vector<std::string>& after) {
  std::set<std::string> a(before.begin(), before.end());
  std::set<std::string> b(after.begin(), after.end());
  bool grows = std::includes(b.begin(), b.end(), a.begin(), a.end()) && b.size() > a.size();
  bool shrinks = std::includes(a.begin(), a.end(), b.begin(), b.end()) && a.size() > b.size();
  IamKind kind = IamKind::Changed;
  if (grows || wildcards(after) > wildcards(before)) kind = IamKind::Widened;
  else if (shrinks || wildcards(after) < wildcards(before)) kind = IamKind::Narrowed;
  return IamChange{kind, resource, key, "on " + join(before) + " -> on " + join(after)};
}

void compareRoles(const std::string& id, const Json& a, const Json& b, Changes& out) {
  auto before = statements(a);
  auto after = statements(b);
  for (const auto& [key, resources] : after) {
    auto it = before.find(key);
    if (it == before.end())
      out.iam.push_back(IamChange{IamKind::Added, id, key, "on " + join(resources)});
    else if (it->second != resources)
      out.iam.push_back(scopeChange(id, key, it->second, resources));
  }
  for (const auto& [key, resources] : before)
    if (!after.count(key))
      out.iam.push_back(IamChange{IamKind::Removed, id, key, "on " + join(resources)});
}

std::string permissionSummary(const Json& permission) {
  const Json* p = member(permission, "Properties");
  if (!p) return "";
  const Json* principal = member(*p, "Principal");
  const Json* function = member(*p, "FunctionName");
  return (principal ? text(*principal) : "?") + " may invoke " + (function ? text(*function) : "?");
}

void comparePermissions(const std::string& id, const Json& a, const Json& b, Changes& out) {
  const Json* pa = member(a, "Properties");
  const Json* pb = member(b, "Properties");
  const Json* sa = pa ? member(*pa, "SourceArn") : nullptr;
  const Json* sb = pb ? member(*pb, "SourceArn") : nullptr;
  std::string summary = permissionSummary(b);
  if (sa && !sb) {
    out.iam.push_back(IamChange{IamKind::Widened, id, summary,
                                "SourceArn " + text(*sa) + " removed: any source may invoke it"});
  } else if (!sa && sb) {
    out.iam.push_back(IamChange{IamKind::Narrowed, id, summary, "SourceArn " + text(*sb) + " added"});
  } else if (sa && sb && !(*sa == *sb)) {
    out.iam.push_back(scopeChange(id, summary, {text(*sa)}, {text(*sb)}));
  }
}

void compareResource(const std::string& stem, const Side& a, const Side& b, Changes& out) {
  const Json& ra = *a.resources.at(stem);
  const Json& rb = *b.resources.at(stem);
  std::string type = typeOf(rb);
  if (typeOf(ra) != type) {
    out.replaced.push_back(Replacement{{stem, type}, {"Type"}, "a resource's type cannot change"});
    return;
  }
  if (stem.back() == '#') {
    const std::string& oldId = a.stems.at(stem);
    const std::string& newId = b.stems.at(stem);
    if (oldId != newId) {
      out.redeployed.push_back(Redeploy{{stem.substr(0, stem.size() - 1), type}, oldId, newId});
      return;
    }
  }
  if (ra == rb) return;
  const std::string& shownId = stem.back() == '#' ? b.stems.at(stem) : stem;
  // A role's policies are shown statement by statement under permissions instead.
  std::vector<PropertyChange> changes;
  diffValues(shownId, "", &ra, &rb, changes);
  for (auto& change : changes)
    if (!(type == "AWS::IAM::Role" && change.path.rfind("Properties.Policies", 0) == 0))
      out.properties.push_back(std::move(change));
  std::vector<std::string> forcing;
  const ReplacementRule* rule = replacementRule(type);
  for (const auto& property : changedProperties(ra, rb))
    if (rule && rule->replaces(property)) forcing.push_back(property);
  if (!forcing.empty()) out.replaced.push_back(Replacement{{shownId, type}, forcing, rule->source});
  if (type == "AWS::IAM::Role") compareRoles(stem, ra, rb, out);
  if (type == "AWS::Lambda::Permission") comparePermissions(stem, ra, rb, out);
}

std::string routeKeyOf(const Json& resource) {
  const Json* p = member(resource, "Properties");
  const Json* key = p ? member(*p, "RouteKey") : nullptr;
  return key ? text(*key) : "";
}

// A route that an event family made, removed under one id and added under another with the
// same route key: matched within the family that made both.
void findRouteMoves(const Side& a, const Side& b, Changes& out) {
  std::map<std::pair<std::string_view, std::string>, std::string> removedByKey;
  for (const auto& r : out.removed) {
    std::string_view family = routeFamily(r.id);
    if (!family.empty()) removedByKey[{family, routeKeyOf(*a.resources.at(r.id))}] = r.id;
  }
  for (const auto& r : out.added) {
    std::string_view family = routeFamily(r.id);
    if (family.empty()) continue;
    auto it = removedByKey.find({family, routeKeyOf(*b.resources.at(r.id))});
    if (it != removedByKey.end())
      out.routeMoves.push_back(RouteMove{it->first.second, it->second, r.id});
  }
}

void addedOrRemovedAccess(const Side& side, const std::vector<ResourceRef>& list, IamKind kind,
                          Changes& out) {
  for (const auto& r : list) {
    const Json& resource = *side.resources.at(r.id);
    if (r.type == "AWS::Lambda::Permission") {
      const Json* p = member(resource, "Properties");
      const Json* source = p ? member(*p, "SourceArn") : nullptr;
      out.iam.push_back(IamChange{kind, r.id, permissionSummary(resource),
                                  source ? "from " + text(*source) : "from any source (no SourceArn)"});
    } else if (r.type == "AWS::IAM::Role") {
      for (const auto& [key, resources] : statements(resource))
        out.iam.push_back(IamChange{kind, r.id, key, "on " + join(resources)});
    }
  }
}

void compareOutputs(const Side& a, const Side& b, Changes& out) {
  for (const auto& [id, value] : b.outputs) {
    auto it = a.outputs.find(id);
    if (it == a.outputs.end()) out.outputs.push_back(OutputChange{'+', id, "", compact(*value)});
    else if (!(*it->second == *value))
      out.outputs.push_back(OutputChange{'~', id, compact(*it->second), compact(*value)});
  }
  for (const auto& [id, value] : a.outputs)
    if (!b.outputs.count(id)) out.outputs.push_back(OutputChange{'-', id, compact(*value), ""});
}

}  // namespace

bool Changes::empty() const {
  return routeMoves.empty() && replaced.empty() && added.empty() && removed.empty() &&
         redeployed.empty() && iam.empty() && properties.empty() && outputs.empty();
}

Changes compare(const Json& oldTemplate, const Json& newTemplate) {
  Side a;
  Side b;
  load(a, oldTemplate);
  load(b, newTemplate);
  Changes out;
  for (const auto& [stem, resource] : b.resources) {
    if (!a.resources.count(stem)) {
      out.added.push_back(ResourceRef{stem, typeOf(*resource)});
      continue;
    }
    compareResource(stem, a, b, out);
  }
  for (const auto& [stem, resource] : a.resources)
    if (!b.resources.count(stem)) out.removed.push_back(ResourceRef{stem, typeOf(*resource)});
  findRouteMoves(a, b, out);
  addedOrRemovedAccess(b, out.added, IamKind::Added, out);
  addedOrRemovedAccess(a, out.removed, IamKind::Removed, out);
  compareOutputs(a, b, out);
  return out;
}

}  // namespace slsc::diff
