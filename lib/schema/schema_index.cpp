// Parsing the service schema, and walking it beside a service to explain a validation error.
#include "schema/schema_index.h"

#include <charconv>
#include <optional>
#include <set>
#include <stdexcept>

#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>

#include "schema/schema_text.h"
#include "source/ascii.h"

namespace slsc {
namespace {

constexpr int kMaxDepth = 64;  // $ref and combinator nesting; the schema has no cycles

bool hasType(const rapidjson::Value& value, std::string_view type) {
  if (type == "object") return value.IsObject();
  if (type == "array") return value.IsArray();
  if (type == "string") return value.IsString();
  if (type == "boolean") return value.IsBool();
  if (type == "null") return value.IsNull();
  if (type == "number") return value.IsNumber();
  if (type == "integer") return value.IsInt64() || value.IsUint64();
  return false;
}

std::optional<std::size_t> indexOf(const std::string& step) {
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(step.data(), step.data() + step.size(), index);
  if (ec != std::errc() || end != step.data() + step.size()) return std::nullopt;
  return index;
}

bool sameJsonType(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.IsNumber() && b.IsNumber()) return true;
  if (a.IsBool() && b.IsBool()) return true;
  return a.GetType() == b.GetType();
}

}  // namespace

namespace {

void parseInto(rapidjson::Document& doc, const char* text, const char* what) {
  doc.Parse(text);
  if (doc.HasParseError())
    throw std::runtime_error(std::string(what) + " is not valid JSON: " +
                             rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) throw std::runtime_error(std::string(what) + " is not an object");
}

rapidjson::Value& objectMember(rapidjson::Value& object, const char* key, const char* what) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsObject())
    throw std::runtime_error(std::string(what) + " has no object '" + key + "'");
  return it->value;
}

// Adds an event family's fragment to the core schema: its definitions, and the properties each
// member of its `extend` gives the core definition of that name.
void merge(rapidjson::Document& core, const char* text) {
  rapidjson::Document fragment;
  parseInto(fragment, text, "an event family's schema");
  auto& allocator = core.GetAllocator();
  rapidjson::Value& definitions = objectMember(core, "definitions", "the service schema");
  if (auto it = fragment.FindMember("definitions"); it != fragment.MemberEnd()) {
    for (auto& d : it->value.GetObject()) {
      if (definitions.HasMember(d.name))
        throw std::runtime_error(std::string("the definition '") + d.name.GetString() +
                                 "' is in two schemas");
      definitions.AddMember(rapidjson::Value(d.name, allocator), rapidjson::Value(d.value, allocator),
                            allocator);
    }
  }
  auto extend = fragment.FindMember("extend");
  if (extend == fragment.MemberEnd()) return;
  for (auto& e : extend->value.GetObject()) {
    rapidjson::Value& target = objectMember(definitions, e.name.GetString(), "the service schema");
    if (!target.HasMember("properties"))
      target.AddMember("properties", rapidjson::Value(rapidjson::kObjectType), allocator);
    rapidjson::Value& properties = target["properties"];
    for (auto& property : objectMember(e.value, "properties", "an 'extend' entry").GetObject()) {
      if (properties.HasMember(property.name))
        throw std::runtime_error(std::string("the property '") + property.name.GetString() +
                                 "' is in two schemas");
      properties.AddMember(rapidjson::Value(property.name, allocator),
                           rapidjson::Value(property.value, allocator), allocator);
    }
  }
}

rapidjson::Document mergedSchema(const char* text, std::span<const char* const> fragments) {
  rapidjson::Document doc;
  parseInto(doc, text, "the service schema");
  for (const char* fragment : fragments) merge(doc, fragment);
  return doc;
}

std::string_view nameOf(const rapidjson::Value& name) {
  return {name.GetString(), name.GetStringLength()};
}

// Whether `listed` (names, each followed by a space) has one for which `has` holds.
template <typename Has>
bool anyListed(std::string_view listed, Has has) {
  for (std::size_t space; (space = listed.find(' ')) != std::string_view::npos;
       listed.remove_prefix(space + 1))
    if (has(listed.substr(0, space))) return true;
  return false;
}

// The definitions that a `$ref` of `node`, or of a value below it, names and `definitions`
// lacks.
void addMissingDefinitions(const rapidjson::Value& node, const rapidjson::Value& definitions,
                           std::set<std::string>& missing) {
  constexpr std::string_view kPrefix = "#/definitions/";
  if (node.IsArray()) {
    for (const auto& item : node.GetArray()) addMissingDefinitions(item, definitions, missing);
    return;
  }
  if (!node.IsObject()) return;
  for (const auto& member : node.GetObject()) {
    if (nameOf(member.name) == "$ref" && member.value.IsString()) {
      std::string_view target = nameOf(member.value);
      if (target.starts_with(kPrefix) && target.find('/', kPrefix.size()) == target.npos &&
          !definitions.HasMember(member.value.GetString() + kPrefix.size()))
        missing.emplace(target.substr(kPrefix.size()));
    } else {
      addMissingDefinitions(member.value, definitions, missing);
    }
  }
}

// Whether `text` at `i` is a bracket expression of one letter in both cases: [gG] or [Gg].
bool isCaseBracket(std::string_view text, std::size_t i) {
  if (i + 3 >= text.size() || text[i] != '[' || text[i + 3] != ']') return false;
  char a = text[i + 1], b = text[i + 2];
  return isAsciiLetter(a) && isAsciiLetter(b) && a != b && (a | 0x20) == (b | 0x20);
}

// `pattern` with every bracket expression of one letter in both cases spelt as an alternative:
// [gG] as (?:g|G). They match the same texts; std::regex builds a table of all 256 characters
// for each bracket expression, which for the REST family's case-blind method and integration
// patterns (thirty such brackets) cost two thirds of a one-route compile. A pattern with an
// empty or negated-empty bracket, whose reading differs between engines, is left as it is.
std::string withoutCaseBrackets(std::string_view pattern) {
  if (pattern.find("[]") != pattern.npos || pattern.find("[^]") != pattern.npos)
    return std::string(pattern);
  std::string out;
  out.reserve(pattern.size() * 2);
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out.append(pattern.substr(i, 2));
      i += 2;
    } else if (isCaseBracket(pattern, i)) {
      out.append("(?:").append(1, pattern[i + 1]).append("|").append(1, pattern[i + 2]).append(")");
      i += 4;
    } else if (pattern[i] == '[') {
      // Another bracket expression, copied to its closing bracket.
      std::size_t end = i + 1;
      while (end < pattern.size() && pattern[end] != ']') end += pattern[end] == '\\' ? 2 : 1;
      end = std::min(end + 1, pattern.size());
      out.append(pattern.substr(i, end - i));
      i = end;
    } else {
      out.push_back(pattern[i++]);
    }
  }
  return out;
}

// Takes out of `schema`, and of every schema below it, each `properties` member whose name is
// not in `names`, and records in `kept` the names left. A subschema of `properties` applies to
// a map's value under that very key, so one whose key no map of the service has applies to
// nothing; what does not depend on it (additionalProperties, patternProperties, required,
// dependencies, propertyNames) reads names, not that subschema, and stays as it was. Keywords
// whose values are data (enum, const, default, examples, required) are not walked. Each
// `pattern` met on the way is spelt without case brackets (withoutCaseBrackets): this schema
// only decides validity; errors are told with the whole schema's words.
class PropertyPruner {
 public:
  PropertyPruner(const InstanceNames& names, std::set<std::string>& kept,
                 rapidjson::Document::AllocatorType& allocator)
      : names_(names), kept_(kept), allocator_(allocator) {}

  void schema(rapidjson::Value& node, int depth) {
    if (!node.IsObject() || depth > kMaxSchemaNesting) return;
    for (auto& member : node.GetObject()) keyword(nameOf(member.name), member.value, depth + 1);
    if (auto pattern = node.FindMember("pattern");
        pattern != node.MemberEnd() && pattern->value.IsString()) {
      std::string cheaper = withoutCaseBrackets(nameOf(pattern->value));
      if (cheaper != nameOf(pattern->value))
        pattern->value.SetString(cheaper.data(), static_cast<rapidjson::SizeType>(cheaper.size()),
                                 allocator_);
    }
  }

 private:
  static constexpr int kMaxSchemaNesting = 256;

  void keyword(std::string_view key, rapidjson::Value& value, int depth) {
    if (key == "properties" && value.IsObject()) {
      properties(value, depth);
    } else if (key == "definitions" || key == "patternProperties" || key == "dependencies") {
      if (value.IsObject())
        for (auto& member : value.GetObject()) schema(member.value, depth);
    } else if (key == "allOf" || key == "anyOf" || key == "oneOf" || key == "items") {
      if (value.IsArray())
        for (auto& item : value.GetArray()) schema(item, depth);
      else
        schema(value, depth);
    } else if (key == "additionalProperties" || key == "additionalItems" || key == "not" ||
               key == "if" || key == "then" || key == "else" || key == "propertyNames" ||
               key == "contains") {
      schema(value, depth);
    }
  }

  void properties(rapidjson::Value& value, int depth) {
    for (auto it = value.MemberBegin(); it != value.MemberEnd();) {
      std::string_view name = nameOf(it->name);
      if (!names_.contains(name)) {
        it = value.EraseMember(it);
        continue;
      }
      kept_.emplace(name);
      schema(it->value, depth);
      ++it;
    }
  }

  const InstanceNames& names_;
  std::set<std::string>& kept_;
  rapidjson::Document::AllocatorType& allocator_;
};

}  // namespace

SchemaIndex::SchemaIndex(const char* text, std::span<const char* const> fragments)
    : SchemaIndex(mergedSchema(text, fragments)) {}

SchemaIndex::SchemaIndex(rapidjson::Document doc) : doc_(std::move(doc)) {
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(doc_), schema_);
}

// An `if` or `propertyNames` schema compiled on its own (their schemas hold no $ref below the
// top), when an explanation first needs it: a valid service needs none of them.
const valijson::Schema& SchemaIndex::subschema(const rapidjson::Value& node) const {
  std::lock_guard<std::mutex> lock(subschemasMutex_);
  auto it = subschemas_.find(&node);
  if (it != subschemas_.end()) return *it->second;
  SchemaNode target = resolve(&node);
  if (!target) throw std::runtime_error("the service schema has a dangling $ref");
  auto compiled = std::make_unique<valijson::Schema>();
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(*target), *compiled);
  return *subschemas_.emplace(&node, std::move(compiled)).first->second;
}

bool SchemaIndex::matches(const std::string& pattern, const std::string& text) const {
  std::lock_guard<std::mutex> lock(regexesMutex_);
  auto it = regexes_.find(pattern);
  if (it == regexes_.end()) it = regexes_.emplace(pattern, std::regex(pattern)).first;
  return std::regex_search(text, it->second);
}

SchemaNode SchemaIndex::resolve(SchemaNode schema) const {
  for (int depth = 0; depth < kMaxDepth && schema && schema->IsObject(); ++depth) {
    auto ref = schema->FindMember("$ref");
    if (ref == schema->MemberEnd() || !ref->value.IsString()) return schema;
    std::string target = ref->value.GetString();
    if (target.empty() || target[0] != '#') return nullptr;
    schema = rapidjson::Pointer(target.substr(1).c_str()).Get(doc_);
  }
  return schema;
}

bool SchemaIndex::conditionHolds(const rapidjson::Value& ifSchema,
                                 const rapidjson::Value& value) const {
  if (!ifSchema.IsObject()) return false;
  valijson::Validator validator;
  return validator.validate(subschema(ifSchema), valijson::adapters::RapidJsonAdapter(value),
                            nullptr);
}

bool SchemaIndex::nameAllowed(const rapidjson::Value& schema, const std::string& key) const {
  auto names = schema.FindMember("propertyNames");
  if (names == schema.MemberEnd() || !names->value.IsObject()) return true;
  valijson::Validator validator;
  return validator.validate(subschema(names->value), valijson::adapters::StdStringAdapter(key),
                            nullptr);
}

void SchemaIndex::expand(SchemaNode schema, const rapidjson::Value& value,
                         std::vector<SchemaNode>& out, int depth) const {
  schema = resolve(schema);
  if (!schema || !schema->IsObject() || depth > kMaxDepth) return;
  out.push_back(schema);
  for (const char* combinator : {"allOf", "anyOf", "oneOf"}) {
    auto it = schema->FindMember(combinator);
    if (it == schema->MemberEnd() || !it->value.IsArray()) continue;
    for (const auto& branch : it->value.GetArray()) expand(&branch, value, out, depth + 1);
  }
  auto condition = schema->FindMember("if");
  if (condition == schema->MemberEnd()) return;
  const char* branch = conditionHolds(condition->value, value) ? "then" : "else";
  if (auto it = schema->FindMember(branch); it != schema->MemberEnd())
    expand(&it->value, value, out, depth + 1);
}

bool SchemaIndex::admits(const rapidjson::Value& schema, const rapidjson::Value& value) {
  if (auto type = schema.FindMember("type"); type != schema.MemberEnd()) {
    if (type->value.IsString()) return hasType(value, type->value.GetString());
    if (type->value.IsArray()) {
      for (const auto& t : type->value.GetArray())
        if (t.IsString() && hasType(value, t.GetString())) return true;
    }
    return false;
  }
  if (auto constant = schema.FindMember("const"); constant != schema.MemberEnd())
    return sameJsonType(constant->value, value);
  if (auto values = schema.FindMember("enum");
      values != schema.MemberEnd() && values->value.IsArray()) {
    for (const auto& v : values->value.GetArray())
      if (sameJsonType(v, value)) return true;
    return false;
  }
  return true;
}

bool SchemaIndex::declares(const rapidjson::Value& schema, const std::string& key) const {
  if (auto properties = schema.FindMember("properties");
      properties != schema.MemberEnd() && properties->value.IsObject() &&
      properties->value.HasMember(key.c_str()))
    return true;
  auto patterns = schema.FindMember("patternProperties");
  if (patterns == schema.MemberEnd() || !patterns->value.IsObject()) return false;
  for (const auto& p : patterns->value.GetObject())
    if (matches(p.name.GetString(), key)) return true;
  return false;
}

void SchemaIndex::children(const rapidjson::Value& schema, const rapidjson::Value& value,
                           const std::string& step, std::vector<SchemaNode>& out) const {
  if (value.IsObject()) {
    bool matched = false;
    if (auto properties = schema.FindMember("properties");
        properties != schema.MemberEnd() && properties->value.IsObject()) {
      if (auto it = properties->value.FindMember(step.c_str());
          it != properties->value.MemberEnd()) {
        out.push_back(&it->value);
        matched = true;
      }
    }
    if (auto patterns = schema.FindMember("patternProperties");
        patterns != schema.MemberEnd() && patterns->value.IsObject()) {
      for (const auto& p : patterns->value.GetObject()) {
        if (!matches(p.name.GetString(), step)) continue;
        out.push_back(&p.value);
        matched = true;
      }
    }
    auto additional = schema.FindMember("additionalProperties");
    if (!matched && additional != schema.MemberEnd() && additional->value.IsObject())
      out.push_back(&additional->value);
    return;
  }
  if (!value.IsArray()) return;
  auto items = schema.FindMember("items");
  if (items == schema.MemberEnd()) return;
  if (items->value.IsObject()) {
    out.push_back(&items->value);
    return;
  }
  if (!items->value.IsArray()) return;
  auto index = indexOf(step);
  if (!index) return;
  if (*index < items->value.Size()) {
    out.push_back(&items->value[static_cast<rapidjson::SizeType>(*index)]);
  } else if (auto more = schema.FindMember("additionalItems");
             more != schema.MemberEnd() && more->value.IsObject()) {
    out.push_back(&more->value);
  }
}

std::vector<SchemaNode> SchemaIndex::schemasAt(const rapidjson::Value& instance,
                                               const std::vector<std::string>& steps) const {
  std::vector<SchemaNode> current{&doc_};
  const rapidjson::Value* value = &instance;
  for (const auto& step : steps) {
    std::vector<SchemaNode> leaves;
    for (SchemaNode s : current) expand(s, *value, leaves, 0);
    std::vector<SchemaNode> next;
    for (SchemaNode leaf : leaves)
      if (admits(*leaf, *value)) children(*leaf, *value, step, next);
    if (value->IsObject()) {
      auto member = value->FindMember(step.c_str());
      if (member == value->MemberEnd()) return {};
      value = &member->value;
    } else if (value->IsArray()) {
      auto index = indexOf(step);
      if (!index || *index >= value->Size()) return {};
      value = &(*value)[static_cast<rapidjson::SizeType>(*index)];
    } else {
      return {};
    }
    current = std::move(next);
  }
  std::vector<SchemaNode> leaves;
  for (SchemaNode s : current) expand(s, *value, leaves, 0);
  return leaves;
}

const SchemaIndex& serverlessSchema() {
  // Never destroyed: freeing the parsed schema at exit is work for nothing (a million
  // instructions, a third of a one-function compile's loading).
  static const SchemaIndex* index = new SchemaIndex(
      kServerlessSchema, std::span<const char* const>(kEventSchemas, kEventSchemasCount));
  return *index;
}

namespace {

// One schema of serverlessSchemaFor's, built once by whichever thread needs it first.
struct PrunedSchema {
  std::once_flag once;
  const SchemaIndex* index = nullptr;
};

// The core schema with the families that add a property the service names, and those whose
// definitions what is left refers to; of their properties, those the service names.
rapidjson::Document prunedSchema(const InstanceNames& names, std::set<std::string>& kept) {
  rapidjson::Document doc;
  parseInto(doc, kServerlessSchema, "the service schema");
  std::vector<bool> merged(kEventSchemasCount, false);
  for (std::size_t i = 0; i < kEventSchemasCount; ++i) {
    if (!anyListed(kEventSchemasExtends[i], [&](std::string_view n) { return names.contains(n); }))
      continue;
    merge(doc, kEventSchemas[i]);
    merged[i] = true;
  }
  // A family's definition may use another family's (filterPatterns is sqs's): each round
  // merges the families that define what the schema left refers to and lacks.
  for (;;) {
    PropertyPruner(names, kept, doc.GetAllocator()).schema(doc, 0);
    std::set<std::string> missing;
    addMissingDefinitions(doc, doc["definitions"], missing);
    bool added = false;
    for (std::size_t i = 0; i < kEventSchemasCount && !missing.empty(); ++i) {
      if (merged[i] || !anyListed(kEventSchemasDefines[i], [&](std::string_view n) {
            return missing.contains(std::string(n));
          }))
        continue;
      merge(doc, kEventSchemas[i]);
      merged[i] = added = true;
    }
    if (!added) return doc;  // a reference still missing is valijson's to report
  }
}

}  // namespace

const SchemaIndex* serverlessSchemaFor(const InstanceNames& names) {
  std::set<std::string> kept;
  rapidjson::Document doc = prunedSchema(names, kept);
  // What is left depends on the names kept only (a family is merged when a name it adds is
  // named, and then that name is kept), so services that name the same ones share a schema.
  // Kept to process exit, as serverlessSchema() is (the map and its lock too, so that nothing
  // is destroyed under a thread still compiling); past kMaxPrunedSchemas sets (a process that
  // compiles services of every shape), a new set has none and is validated with the whole
  // schema. The lock covers finding the entry only; each schema is built outside it.
  constexpr std::size_t kMaxPrunedSchemas = 32;
  static auto* mutex = new std::mutex;
  static auto* built = new std::map<std::set<std::string>, std::unique_ptr<PrunedSchema>>;
  PrunedSchema* entry = nullptr;
  {
    std::lock_guard<std::mutex> lock(*mutex);
    auto it = built->find(kept);
    if (it == built->end()) {
      if (built->size() >= kMaxPrunedSchemas) return nullptr;
      it = built->emplace(std::move(kept), std::make_unique<PrunedSchema>()).first;
    }
    entry = it->second.get();
  }
  // Nothing may be thrown out of call_once here (the static runtime cannot unwind through
  // pthread_once): a schema that cannot be built leaves the entry null, and the service is
  // validated with the whole schema, which reports why.
  std::call_once(entry->once, [&] {
    try {
      entry->index = new SchemaIndex(std::move(doc));
    } catch (const std::exception&) {
      entry->index = nullptr;
    }
  });
  return entry->index;
}

}  // namespace slsc
