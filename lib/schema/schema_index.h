// The service schema, parsed once: valijson's compiled form to validate with, and the schema's
// own JSON to explain an error with (what a value may be, what a map may hold, what it is called).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "schema/valijson.h"

namespace slsc {

using SchemaNode = const rapidjson::Value*;

class SchemaIndex {
 public:
  // The core schema `text` with each event family's fragment merged in (schemas/events/*.json:
  // their `definitions` added, each `extend` entry's properties added to the core definition of
  // that name). Throws std::runtime_error when they make no valid schema.
  explicit SchemaIndex(const char* text, std::span<const char* const> fragments = {});
  // A schema made already (serverlessSchemaFor's).
  explicit SchemaIndex(rapidjson::Document doc);

  const valijson::Schema& schema() const { return schema_; }
  // The merged schema's JSON.
  const rapidjson::Value& document() const { return doc_; }

  // The schemas whose own keywords apply to the value at `steps` of `instance`: $ref, allOf,
  // anyOf, oneOf and if/then/else expanded. On the way down only the alternatives that admit
  // each value's type are followed; at the value itself every alternative is kept.
  std::vector<SchemaNode> schemasAt(const rapidjson::Value& instance,
                                    const std::vector<std::string>& steps) const;

  // Whether `schema`'s own type, const or enum lets `value`'s JSON type through.
  static bool admits(const rapidjson::Value& schema, const rapidjson::Value& value);
  // Whether a closed map schema (`additionalProperties: false`) declares `key`.
  bool declares(const rapidjson::Value& schema, const std::string& key) const;
  // Whether `key` passes the `propertyNames` schema of `schema` (true when it has none).
  bool nameAllowed(const rapidjson::Value& schema, const std::string& key) const;
  // Whether `text` matches the regular expression `pattern` (one of the schema's).
  bool matches(const std::string& pattern, const std::string& text) const;
  // The schema a $ref (or a chain of them) points at.
  SchemaNode resolve(SchemaNode schema) const;

 private:
  void expand(SchemaNode schema, const rapidjson::Value& value, std::vector<SchemaNode>& out,
              int depth) const;
  void children(const rapidjson::Value& schema, const rapidjson::Value& value,
                const std::string& step, std::vector<SchemaNode>& out) const;
  bool conditionHolds(const rapidjson::Value& ifSchema, const rapidjson::Value& value) const;
  const valijson::Schema& subschema(const rapidjson::Value& node) const;

  rapidjson::Document doc_;
  valijson::Schema schema_;
  // Each `if` and `propertyNames` of the schema compiled on its own, to be checked apart from
  // the whole (valijson evaluates an `if` without reporting, and reports no failing name), when
  // an explanation first needs it; shared by the threads that explain errors at once.
  mutable std::mutex subschemasMutex_;
  mutable std::map<SchemaNode, std::unique_ptr<valijson::Schema>> subschemas_;
  // The schema's regular expressions, compiled when an explanation first needs one; shared by
  // the threads that explain errors at once.
  mutable std::mutex regexesMutex_;
  mutable std::map<std::string, std::regex> regexes_;
};

// The schema of serverless.yml (schemas/serverless.schema.json and schemas/events/*.json),
// parsed on first use.
const SchemaIndex& serverlessSchema();

// Every name a service uses as a key of one of its maps, anywhere in it.
using InstanceNames = std::unordered_set<std::string_view>;

// The same schema for a service whose map keys are `names`: only the families that add a
// property of those names merged in, and every `properties` member of another name taken out
// (valijson parses every schema it can reach from the root, and a one-function service uses a
// few dozen of the schema's names). A service with those names is valid under it exactly when
// it is valid under serverlessSchema(); explain errors with serverlessSchema(), whose words
// name every family and property. Built on first use for each set of names the schema keeps;
// null when the process has built 32 others already (validate with the whole one).
const SchemaIndex* serverlessSchemaFor(const InstanceNames& names);

}  // namespace slsc
