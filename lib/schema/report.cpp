// Explaining schema errors. valijson reports every constraint that failed, alternatives of an
// anyOf included, as English text with the path of the value; the findings are grouped by value
// and each group is told once, with the schema's own titles and descriptions.
#include "schema/report.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "schema/instance.h"
#include "source/suggest.h"

namespace slsc {
namespace {

enum class Kind { Wrapper, Type, Required, Unknown, Enum, Pattern, Range, Other };

struct Finding {
  Kind kind = Kind::Other;
  std::string detail;  // property name (Required, Unknown), keyword (Range), text (Other)
};

struct Shape {
  std::string_view prefix;
  Kind kind;
  std::string_view keyword;
};

// valijson 1.0 describes each failure in fixed words; longer prefixes come first.
const Shape kShapes[] = {
    {"Value type not permitted", Kind::Type, ""},
    {"Missing required property '", Kind::Required, ""},
    {"Object contains a property that could not be validated", Kind::Unknown, ""},
    {"Failed to match against any enum values", Kind::Enum, ""},
    {"Failed to match expected value set by 'const'", Kind::Enum, ""},
    {"Failed to match regex", Kind::Pattern, ""},
    {"Expected number less than or equal to", Kind::Range, "maximum"},
    {"Expected number less than", Kind::Range, "exclusiveMaximum"},
    {"Expected number greater than or equal to", Kind::Range, "minimum"},
    {"Expected number greater than", Kind::Range, "exclusiveMinimum"},
    {"String should be no more than", Kind::Range, "maxLength"},
    {"String should be no fewer than", Kind::Range, "minLength"},
    {"Array should contain no more than", Kind::Range, "maxItems"},
    {"Array should contain no fewer than", Kind::Range, "minItems"},
    {"Object should have no more than", Kind::Range, "maxProperties"},
    {"Object should have no fewer than", Kind::Range, "minProperties"},
    // Summaries of failures already reported below them (anyOf, items, properties, if/then).
    {"Failed to validate", Kind::Wrapper, ""},
    {"Cannot validate item", Kind::Wrapper, ""},
};

// The name between the last pair of quotes: "Missing required property 'route'." → route.
std::string lastQuoted(const std::string& text) {
  auto close = text.rfind('\'');
  if (close == std::string::npos || close == 0) return "";
  auto open = text.rfind('\'', close - 1);
  if (open == std::string::npos) return "";
  return text.substr(open + 1, close - open - 1);
}

Finding classify(const std::string& description) {
  for (const auto& shape : kShapes) {
    if (description.compare(0, shape.prefix.size(), shape.prefix) != 0) continue;
    if (shape.kind == Kind::Required || shape.kind == Kind::Unknown)
      return {shape.kind, lastQuoted(description)};
    return {shape.kind, std::string(shape.keyword)};
  }
  return {Kind::Other, description};
}

// valijson's context ["<root>", "[functions]", "[chat]", ...] as keys and indexes.
std::vector<std::string> stepsOf(const std::vector<std::string>& context) {
  std::vector<std::string> steps;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& c = context[i];
    if (c.size() >= 2 && c.front() == '[' && c.back() == ']')
      steps.push_back(c.substr(1, c.size() - 2));
    else
      steps.push_back(c);
  }
  return steps;
}

// The values a failure is about: its own path, and the child that a summary names ("property
// name 'x'", "item #2") or, for a summary of additional or pattern properties, every child.
void addFailedPaths(const std::vector<std::string>& steps, const std::string& description,
                    const Node& root, const rapidjson::Value& instance,
                    std::set<std::vector<std::string>>& failed) {
  failed.insert(steps);
  auto child = [&](std::string step) {
    std::vector<std::string> path = steps;
    path.push_back(std::move(step));
    failed.insert(std::move(path));
  };
  if (description.find("property name '") != std::string::npos) {
    child(lastQuoted(description));
  } else if (auto hash = description.find("item #"); hash != std::string::npos) {
    std::size_t start = hash + 6, end = start;
    while (end < description.size() && std::isdigit(static_cast<unsigned char>(description[end])))
      ++end;
    child(description.substr(start, end - start));
  } else if (description.find("additional properties") != std::string::npos ||
             description.find("associated with pattern") != std::string::npos) {
    std::optional<InstanceAt> at = instanceAt(root, instance, steps);
    if (at && at->node->isMap())
      for (const auto& e : at->node->entries()) child(e.key);
  }
}

int rank(Kind kind) {
  switch (kind) {
    case Kind::Enum: return 4;
    case Kind::Pattern: return 3;
    case Kind::Range: return 2;
    case Kind::Other: return 1;
    default: return 0;
  }
}

// Everything valijson found about one value.
struct Group {
  bool type = false;
  std::vector<std::string> required;
  std::vector<std::string> unknown;
  std::optional<Finding> value;  // the most specific of Enum, Pattern, Range, Other
};

void addUnique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

void add(Group& group, Finding finding) {
  switch (finding.kind) {
    case Kind::Wrapper: return;
    case Kind::Type: group.type = true; return;
    case Kind::Required: addUnique(group.required, finding.detail); return;
    case Kind::Unknown: addUnique(group.unknown, finding.detail); return;
    default: break;
  }
  if (!group.value || rank(finding.kind) > rank(group.value->kind)) group.value = finding;
}

bool isPrefix(const std::vector<std::string>& prefix, const std::vector<std::string>& path) {
  return prefix.size() < path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}


// "a", "a or b", "a, b or c" (or "and").
std::string joinWords(const std::vector<std::string>& items, std::string_view conjunction = "or") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? fmt::format(" {} ", conjunction) : ", ";
    out += items[i];
  }
  return out;
}

std::string typePhrase(std::string_view type) {
  if (type == "string") return "a string";
  if (type == "integer") return "a whole number";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "object") return "a map";
  if (type == "array") return "a list";
  if (type == "null") return "null";
  return std::string(type);
}

std::string renderJson(const rapidjson::Value& v) {
  if (v.IsString()) return fmt::format("'{}'", v.GetString());
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsNumber()) return fmt::format("{}", v.GetDouble());
  if (v.IsNull()) return "null";
  return v.IsArray() ? "a list" : "a map";
}

std::string stringMember(const rapidjson::Value& schema, const char* key) {
  auto it = schema.FindMember(key);
  if (it == schema.MemberEnd() || !it->value.IsString()) return "";
  return it->value.GetString();
}

// What `leaf` accepts, in words: its description, else its const, enum or type.
void addPhrases(const rapidjson::Value& leaf, std::vector<std::string>& out) {
  if (std::string description = stringMember(leaf, "description"); !description.empty()) {
    addUnique(out, description);
    return;
  }
  if (auto constant = leaf.FindMember("const"); constant != leaf.MemberEnd()) {
    addUnique(out, renderJson(constant->value));
    return;
  }
  if (auto values = leaf.FindMember("enum");
      values != leaf.MemberEnd() && values->value.IsArray()) {
    std::vector<std::string> rendered;
    for (const auto& v : values->value.GetArray()) addUnique(rendered, renderJson(v));
    if (rendered.size() <= 3) {
      for (const auto& r : rendered) addUnique(out, r);
    } else {
      std::string all;
      for (const auto& r : rendered) all += (all.empty() ? "" : ", ") + r;
      addUnique(out, "one of " + all);
    }
    return;
  }
  auto type = leaf.FindMember("type");
  if (type == leaf.MemberEnd()) return;
  if (type->value.IsString()) addUnique(out, typePhrase(type->value.GetString()));
  if (type->value.IsArray()) {
    for (const auto& t : type->value.GetArray())
      if (t.IsString()) addUnique(out, typePhrase(t.GetString()));
  }
}

std::string expected(const std::vector<SchemaNode>& leaves) {
  std::vector<std::string> phrases;
  for (SchemaNode leaf : leaves) addPhrases(*leaf, phrases);
  if (phrases.size() > 1)
    std::replace(phrases.begin(), phrases.end(), std::string("true or false"),
                 std::string("a boolean"));
  return joinWords(phrases);
}

// Whether the reference's validator (Ajv with coerceTypes) would turn `node` into one of the
// leaves' types: "256" into 256 where a whole number is asked for, "true" into true, 42 into
// "42" where a string is. Values from --opt, --param and the environment are strings, so a
// service that the reference accepts must pass here too; the model reads them the same way.
bool coercible(const std::vector<SchemaNode>& leaves, const Node& node) {
  if (!node.isScalar() || node.isNull()) return false;
  Node plain = Node::scalar(node.text(), false, {});
  for (SchemaNode leaf : leaves) {
    auto type = leaf->FindMember("type");
    if (type == leaf->MemberEnd() || !type->value.IsString()) continue;
    std::string_view want(type->value.GetString(), type->value.GetStringLength());
    if (want == "integer" && plain.scalarType() == ScalarType::Int) return true;
    if (want == "number" && plain.asDouble()) return true;
    if (want == "boolean" && (node.text() == "true" || node.text() == "false")) return true;
    if (want == "string") return true;  // a number or boolean, or text the instance coerced
  }
  return false;
}

// User text as a message quotes it: a long key or value is cut, the caret shows the rest.
std::string clip(std::string_view text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return std::string(text);
  std::size_t cut = kMax - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return std::string(text.substr(0, cut)) + "…";
}

// The value as a message shows it after "not": its text for scalars, its kind otherwise.
std::string shown(const Node& node) {
  if (node.isString()) return fmt::format("'{}'", clip(node.text()));
  if (node.isScalar() && !node.isNull()) return clip(node.text());
  return node.describe();
}

// For a type mismatch the kind is what matters ("not a string"), except for a fraction where
// a whole number was asked for.
std::string shownKind(const Node& node) {
  if (node.isScalar() && node.scalarType() == ScalarType::Float) return clip(node.text());
  return node.describe();
}

std::optional<double> numberMember(const rapidjson::Value& schema, std::string_view key) {
  auto it = schema.FindMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
  if (it == schema.MemberEnd() || !it->value.IsNumber()) return std::nullopt;
  return it->value.GetDouble();
}

Location keyLocation(const MapEntry& entry) {
  Location at = entry.keyAt;
  at.length = static_cast<int>(entry.key.size());
  return at;
}

struct Pending {
  Severity severity;
  Location at;
  std::string code;
  std::string message;
};

class Explainer {
 public:
  Explainer(const Node& root, const rapidjson::Value& instance, const SchemaIndex& schema)
      : root_(root), instance_(instance), schema_(schema) {}

  void explain(const std::vector<std::string>& steps, const Group& group, bool deeper) {
    std::optional<InstanceAt> at = locate(steps);
    if (!at) return;
    if (!group.unknown.empty()) unknownProperties(*at, group.unknown);
    if (!group.required.empty()) missingProperties(*at, group.required);
    if (group.value) {
      badValue(*at, *group.value);
    } else if (group.type && !deeper && group.unknown.empty() && group.required.empty()) {
      wrongType(*at);
    }
  }

  // valijson reports no error for a key that fails `propertyNames`, only that its map failed:
  // the keys of every failed map are checked here.
  void propertyNames(const std::vector<std::string>& steps) {
    std::optional<InstanceAt> at = instanceAt(root_, instance_, steps);
    if (!at || !at->node->isMap()) return;
    leaves_ = schema_.schemasAt(instance_, at->steps);
    for (SchemaNode leaf : leaves_) {
      auto names = leaf->FindMember("propertyNames");
      if (names == leaf->MemberEnd() || !SchemaIndex::admits(*leaf, *at->json)) continue;
      SchemaNode nameSchema = schema_.resolve(&names->value);
      std::string description = nameSchema ? stringMember(*nameSchema, "description") : "";
      for (const auto& e : at->node->entries()) {
        if (e.value.isNull() || schema_.nameAllowed(*leaf, e.key)) continue;
        report(Severity::Error, keyLocation(e), "schema-property-name",
               description.empty()
                   ? fmt::format("'{}' is not a valid key in {}", clip(e.key), subject(at->steps))
                   : fmt::format("'{}' is not {}", clip(e.key), description));
      }
    }
  }

  void fallback(const std::vector<std::string>& steps) {
    std::optional<InstanceAt> at = locate(steps);
    if (!at) at = instanceAt(root_, instance_, {});
    report(Severity::Error, at->node->location(), "schema-invalid",
           fmt::format("{} does not match the service schema", subject(at->steps)));
  }

  // Something was said, or deliberately left to the model.
  bool spoke() const { return !out_.empty() || deferred_; }

  std::vector<Pending> take() { return std::move(out_); }

 private:
  // The value at `steps` (or its nearest ancestor that exists), with the schemas that apply.
  std::optional<InstanceAt> locate(const std::vector<std::string>& steps) {
    std::optional<InstanceAt> at = instanceAt(root_, instance_, steps);
    for (auto shorter = steps; !at && !shorter.empty();) {
      shorter.pop_back();
      at = instanceAt(root_, instance_, shorter);
    }
    if (!at) return at;
    leaves_ = schema_.schemasAt(instance_, at->steps);
    admitting_.clear();
    for (SchemaNode leaf : leaves_)
      if (SchemaIndex::admits(*leaf, *at->json)) admitting_.push_back(leaf);
    return at;
  }

  void report(Severity severity, const Location& at, std::string code, std::string message) {
    out_.push_back(Pending{severity, at, std::move(code), std::move(message)});
  }

  // "events[0]" for a list item, the key for a map value.
  std::string name(const std::vector<std::string>& steps) const {
    std::string out;
    const Node* node = &root_;
    for (const auto& step : steps) {
      if (node && node->isSeq()) {
        out += "[" + step + "]";
        std::size_t index = std::stoul(step);
        node = index < node->items().size() ? &node->items()[index] : nullptr;
      } else {
        out = step;
        node = node ? node->get(step) : nullptr;
      }
    }
    return out;
  }

  std::string subject(const std::vector<std::string>& steps) const {
    if (steps.empty()) return "the service file";
    return fmt::format("'{}'", clip(name(steps)));
  }

  // What the map at `steps` is called: the schema's title, else its name.
  std::string where(const std::vector<std::string>& steps) const {
    for (SchemaNode leaf : admitting_) {
      std::string title = stringMember(*leaf, "title");
      if (title.empty()) continue;
      if (auto braces = title.find("{}"); braces != std::string::npos && !steps.empty())
        title.replace(braces, 2, clip(steps.back()));
      return title;
    }
    return subject(steps);
  }

  std::vector<SchemaNode> closedSchemas() const {
    std::vector<SchemaNode> closed;
    for (SchemaNode leaf : admitting_) {
      auto additional = leaf->FindMember("additionalProperties");
      if (additional != leaf->MemberEnd() && additional->value.IsBool() &&
          !additional->value.GetBool())
        closed.push_back(leaf);
    }
    return closed;
  }

  static std::vector<std::string> declaredNames(const std::vector<SchemaNode>& closed) {
    std::vector<std::string> names;
    for (SchemaNode leaf : closed) {
      auto properties = leaf->FindMember("properties");
      if (properties == leaf->MemberEnd() || !properties->value.IsObject()) continue;
      for (const auto& p : properties->value.GetObject()) addUnique(names, p.name.GetString());
    }
    return names;
  }

  static std::string didYouMean(const std::string& key, const std::vector<std::string>& names) {
    std::string s = closestName(key, names);
    return s.empty() ? "" : fmt::format("; did you mean '{}'?", s);
  }

  void unknownProperties(const InstanceAt& at, const std::vector<std::string>& named) {
    if (!at.node->isMap()) return;
    std::vector<SchemaNode> closed = closedSchemas();
    std::vector<const MapEntry*> unknown;
    for (const auto& e : at.node->entries()) {
      if (e.value.isNull() || closed.empty()) continue;
      bool declared = std::any_of(closed.begin(), closed.end(),
                                  [&](SchemaNode s) { return schema_.declares(*s, e.key); });
      if (!declared) unknown.push_back(&e);
    }
    if (unknown.empty()) {
      for (const auto& key : named)
        if (const MapEntry* e = at.node->entry(key)) unknown.push_back(e);
    }
    std::string mode = closed.empty() ? "" : stringMember(*closed.front(), "x-unknown");
    if (mode == "event") return eventKeys(at, closed, unknown);
    Severity severity = mode == "error" ? Severity::Error : Severity::Warning;
    std::vector<std::string> names = declaredNames(closed);
    for (const MapEntry* e : unknown) {
      std::string message;
      if (at.steps.empty())
        message = fmt::format("unknown top-level property '{}'{}", clip(e->key),
                              didYouMean(e->key, names));
      else
        message = fmt::format("unknown property '{}' in {}{}", clip(e->key), where(at.steps),
                              didYouMean(e->key, names));
      report(severity, keyLocation(*e), "schema-unknown-property", std::move(message));
    }
  }

  // Whether the event schema `schema` lists `key` as an event of the Serverless Framework that
  // no family compiles yet (its x-not-compiled).
  static bool isNotCompiled(const rapidjson::Value& schema, const std::string& key) {
    auto list = schema.FindMember("x-not-compiled");
    if (list == schema.MemberEnd() || !list->value.IsArray()) return false;
    for (const auto& item : list->value.GetArray())
      if (item.IsString() && key == item.GetString()) return true;
    return false;
  }

  // Whether `key` is a setting of the event `family` in its map form: written beside the event
  // instead of under it.
  bool isEventSetting(const rapidjson::Value& schema, const std::string& family,
                      const std::string& key) const {
    auto properties = schema.FindMember("properties");
    if (properties == schema.MemberEnd() || !properties->value.IsObject()) return false;
    auto event = properties->value.FindMember(family.c_str());
    if (event == properties->value.MemberEnd()) return false;
    SchemaNode target = schema_.resolve(&event->value);
    if (!target) return false;
    std::vector<SchemaNode> forms{target};
    if (auto anyOf = target->FindMember("anyOf"); anyOf != target->MemberEnd() && anyOf->value.IsArray())
      for (const auto& form : anyOf->value.GetArray()) forms.push_back(schema_.resolve(&form));
    return std::any_of(forms.begin(), forms.end(), [&](SchemaNode form) {
      return form && form->IsObject() && schema_.declares(*form, key);
    });
  }

  static std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "'" : ", '") + name + "'";
    return out;
  }

  // Keys of one item of a function's `events`: the event families' keys are its declared
  // properties; every other event is refused by name, since compiling the rest of the service
  // would drop it without a word.
  void eventKeys(const InstanceAt& at, const std::vector<SchemaNode>& closed,
                 const std::vector<const MapEntry*>& unknown) {
    std::vector<std::string> families = declaredNames(closed);
    const MapEntry* event = nullptr;  // the item's event, when a family compiles it
    for (const auto& name : families)
      if ((event = at.node->entry(name))) break;
    // `- websocket:` with nothing after it: the family's model builder explains it (a
    // mis-indented `route:`).
    if (event && event->value.isNull()) {
      deferred_ = true;
      return;
    }
    const rapidjson::Value& schema = *closed.front();
    std::string compiled = "; sls-compile compiles " + quotedList(families) + " events only";
    for (const MapEntry* e : unknown) {
      Location loc = keyLocation(*e);
      if (isNotCompiled(schema, e->key)) {
        report(Severity::Error, loc, "event-unsupported",
               fmt::format("'{}' events are not supported yet{}", clip(e->key), compiled));
      } else if (event && isEventSetting(schema, event->key, e->key)) {
        report(Severity::Error, loc, "schema-unknown-property",
               fmt::format("'{}' is beside '{}:' instead of under it; indent it below '{}:'",
                           e->key, event->key, event->key));
      } else if (event) {
        report(Severity::Error, loc, "schema-unknown-property",
               fmt::format("unexpected '{}' beside '{}' in one event; each item of 'events' "
                           "holds one event",
                           clip(e->key), event->key));
      } else {
        std::string hint = didYouMean(e->key, families);
        report(Severity::Error, loc, "event-unsupported",
               fmt::format("unknown event '{}'{}", clip(e->key), hint.empty() ? compiled : hint));
      }
    }
  }

  // The order the schema lists them in (valijson reports them sorted).
  std::vector<std::string> schemaOrder(std::vector<std::string> names) const {
    std::vector<std::string> ordered;
    for (SchemaNode leaf : admitting_) {
      auto required = leaf->FindMember("required");
      if (required == leaf->MemberEnd() || !required->value.IsArray()) continue;
      for (const auto& r : required->value.GetArray()) {
        auto it = std::find(names.begin(), names.end(), std::string(r.GetString()));
        if (it == names.end()) continue;
        ordered.push_back(*it);
        names.erase(it);
      }
    }
    ordered.insert(ordered.end(), names.begin(), names.end());
    return ordered;
  }

  void missingProperties(const InstanceAt& at, std::vector<std::string> names) {
    // `service:` with nothing after it is absent to the schema; point at the empty key.
    for (auto it = names.begin(); it != names.end();) {
      const MapEntry* empty = at.node->isMap() ? at.node->entry(*it) : nullptr;
      if (!empty) {
        ++it;
        continue;
      }
      report(Severity::Error, keyLocation(*empty), "schema-required",
             fmt::format("'{}' has no value; {} requires it", clip(*it), where(at.steps)));
      it = names.erase(it);
    }
    if (names.empty()) return;
    std::vector<std::string> quoted;
    for (const auto& n : schemaOrder(names)) quoted.push_back(fmt::format("'{}'", n));
    Location loc = at.entry ? keyLocation(*at.entry) : at.node->location();
    report(Severity::Error, loc, "schema-required",
           fmt::format("{} is missing required propert{} {}", where(at.steps),
                       names.size() == 1 ? "y" : "ies", joinWords(quoted, "and")));
  }

  void wrongType(const InstanceAt& at) {
    const Node& node = *at.node;
    if (at.steps.empty()) {
      if (node.isNull()) {
        report(Severity::Error, node.location(), "file-empty",
               "the service file is empty; it needs at least 'service' and 'provider'");
      } else {
        report(Severity::Error, node.location(), "service-not-a-map",
               "the service file must be a map of settings, not " + node.describe());
      }
      return;
    }
    if (coercible(leaves_, node)) return;
    std::string want = expected(leaves_);
    if (want.empty()) want = "of another type";
    report(Severity::Error, node.location(), "schema-type",
           fmt::format("{} must be {}, not {}", subject(at.steps), want, shownKind(node)));
  }

  void badValue(const InstanceAt& at, const Finding& finding) {
    switch (finding.kind) {
      case Kind::Enum:
        report(Severity::Error, at.node->location(), "schema-enum",
               fmt::format("{} must be {}, not {}", subject(at.steps), expected(leaves_),
                           shown(*at.node)));
        return;
      case Kind::Pattern: return badPattern(at);
      case Kind::Range: return outOfRange(at, finding.detail);
      default: break;
    }
    std::string text = finding.detail;
    if (!text.empty())
      text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    if (!text.empty() && text.back() == '.') text.pop_back();
    report(Severity::Error, at.node->location(), "schema-invalid",
           fmt::format("{} is not valid: {}", subject(at.steps), text));
  }

  void badPattern(const InstanceAt& at) {
    const std::string& text = at.node->text();
    SchemaNode failing = nullptr;
    for (SchemaNode leaf : admitting_) {
      std::string pattern = stringMember(*leaf, "pattern");
      if (pattern.empty() || schema_.matches(pattern, text)) continue;
      failing = leaf;
      break;
    }
    std::string description = failing ? stringMember(*failing, "description") : "";
    std::string message =
        !description.empty()
            ? fmt::format("{} must be {}, not '{}'", subject(at.steps), description, clip(text))
            : fmt::format("{} must match the pattern '{}', not '{}'", subject(at.steps),
                          failing ? stringMember(*failing, "pattern") : "", clip(text));
    report(Severity::Error, at.node->location(), "schema-pattern", std::move(message));
  }

  void outOfRange(const InstanceAt& at, const std::string& keyword) {
    SchemaNode leaf = nullptr;
    std::optional<double> limit;
    for (SchemaNode candidate : admitting_) {
      limit = numberMember(*candidate, keyword);
      if (!limit) continue;
      leaf = candidate;
      break;
    }
    const Node& node = *at.node;
    std::string what = subject(at.steps);
    std::string bound = limit ? fmt::format("{}", *limit) : "the limit";
    std::string message;
    if (keyword == "maximum") {
      message = fmt::format("{} must be at most {}, not {}", what, bound, clip(node.text()));
    } else if (keyword == "exclusiveMaximum") {
      message = fmt::format("{} must be less than {}, not {}", what, bound, clip(node.text()));
    } else if (keyword == "minimum") {
      message = fmt::format("{} must be at least {}, not {}", what, bound, clip(node.text()));
    } else if (keyword == "exclusiveMinimum") {
      message = fmt::format("{} must be greater than {}, not {}", what, bound,
                            clip(node.text()));
    } else if (keyword == "maxLength" || keyword == "minLength") {
      message = fmt::format("{} must be at {} {} characters long, not {}", what,
                            keyword == "maxLength" ? "most" : "least", bound,
                            node.text().size());
    } else if (keyword == "maxItems" || keyword == "minItems") {
      message = fmt::format("{} must have at {} {} items, not {}", what,
                            keyword == "maxItems" ? "most" : "least", bound,
                            node.items().size());
    } else {
      std::string description = leaf ? stringMember(*leaf, "description") : "";
      std::size_t count = node.entries().size();
      message = !description.empty()
                    ? fmt::format("{} must be {}, not a map with {} key{}", what, description,
                                  count, count == 1 ? "" : "s")
                    : fmt::format("{} must have at {} {} keys, not {}", what,
                                  keyword == "maxProperties" ? "most" : "least", bound, count);
    }
    report(Severity::Error, node.location(), "schema-range", std::move(message));
  }

  const Node& root_;
  const rapidjson::Value& instance_;
  const SchemaIndex& schema_;
  std::vector<SchemaNode> leaves_;     // every alternative for the value being explained
  std::vector<SchemaNode> admitting_;  // those that admit its type
  std::vector<Pending> out_;
  bool deferred_ = false;
};

}  // namespace

void reportSchemaErrors(const valijson::ValidationResults& results, const Node& root,
                        const rapidjson::Value& instance, const SchemaIndex& schema,
                        Diagnostics& diagnostics) {
  std::map<std::vector<std::string>, Group> groups;
  std::set<std::vector<std::string>> failed;
  std::vector<std::string> deepest;
  for (const auto& error : results) {
    std::vector<std::string> steps = stepsOf(error.context);
    Finding finding = classify(error.description);
    addFailedPaths(steps, error.description, root, instance, failed);
    if (steps.size() >= deepest.size()) deepest = steps;
    if (finding.kind != Kind::Wrapper) add(groups[steps], std::move(finding));
  }

  Explainer explainer(root, instance, schema);
  for (auto it = groups.begin(); it != groups.end(); ++it) {
    auto next = std::next(it);
    bool deeper = next != groups.end() && isPrefix(it->first, next->first);
    explainer.explain(it->first, it->second, deeper);
  }
  for (const auto& steps : failed) explainer.propertyNames(steps);
  if (!explainer.spoke()) explainer.fallback(deepest);

  std::vector<Pending> pending = explainer.take();
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
  });
  auto same = [](const Pending& a, const Pending& b) {
    return a.at.line == b.at.line && a.at.column == b.at.column && a.code == b.code &&
           a.message == b.message;
  };
  pending.erase(std::unique(pending.begin(), pending.end(), same), pending.end());
  // The service's own configValidationMode, as the reference reads it: 'error' makes its
  // warnings errors, 'off' silences them. Errors stay errors: they fail at deploy time.
  const Node* mode = root.isMap() ? root.get("configValidationMode") : nullptr;
  std::string modeText = mode && mode->isString() ? mode->text() : "warn";
  for (auto& p : pending) {
    if (p.severity == Severity::Warning && modeText == "off") continue;
    if (p.severity == Severity::Warning && modeText == "error") p.severity = Severity::Error;
    diagnostics.report(p.severity, p.at, std::move(p.code), std::move(p.message));
  }
}

}  // namespace slsc
