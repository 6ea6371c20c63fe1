// The Node tree as the JSON value that the schema describes: scalars typed by the YAML core
// schema, and map entries whose value is null left out, as the reference does before it
// validates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schema/valijson.h"
#include "source/node.h"

namespace slsc {

rapidjson::Document toJsonInstance(const Node& root);

class SchemaIndex;
// The other half of the reference validator's type coercion (Ajv's coerceTypes), which
// toJsonInstance cannot do alone: a number or boolean where every schema that applies asks for
// text becomes its text as written ('404' as a route key, "2024" as a description). Returns
// whether it changed anything.
bool coerceScalarsToStrings(const Node& root, rapidjson::Document& instance,
                            const SchemaIndex& schema);

// One value of the service, reached by the steps of a validation error's path.
struct InstanceAt {
  const Node* node = nullptr;
  const rapidjson::Value* json = nullptr;
  const MapEntry* entry = nullptr;  // its entry in the parent map; null for list items and root
  std::vector<std::string> steps;   // keys and indexes from the root
};

// Follows `steps` down both trees; nothing when a step does not exist.
std::optional<InstanceAt> instanceAt(const Node& root, const rapidjson::Value& json,
                                     const std::vector<std::string>& steps);

}  // namespace slsc
