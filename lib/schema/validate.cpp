// validate: the service against schemas/serverless.schema.json with valijson, each finding told
// at the value it concerns.
#include "schema/validate.h"

#include <exception>
#include <set>
#include <string>

#include "schema/instance.h"
#include "schema/report.h"
#include "schema/schema_index.h"

namespace slsc {
namespace {

// The keys of every event of every function (functions.<name>.events[i].<key>, with
// `functions` a map or a list of maps), where the service has them in the shapes the schema
// asks for; what is in another shape fails under every schema.
void addEventKeys(const rapidjson::Value& functions, std::set<std::string>& keys) {
  for (const auto& function : functions.GetObject()) {
    if (!function.value.IsObject()) continue;
    auto events = function.value.FindMember("events");
    if (events == function.value.MemberEnd() || !events->value.IsArray()) continue;
    for (const auto& event : events->value.GetArray()) {
      if (!event.IsObject()) continue;
      for (const auto& member : event.GetObject())
        keys.emplace(member.name.GetString(), member.name.GetStringLength());
    }
  }
}

std::set<std::string> eventKeysOf(const rapidjson::Value& instance) {
  std::set<std::string> keys;
  if (!instance.IsObject()) return keys;
  auto functions = instance.FindMember("functions");
  if (functions == instance.MemberEnd()) return keys;
  if (functions->value.IsObject()) addEventKeys(functions->value, keys);
  if (functions->value.IsArray())
    for (const auto& part : functions->value.GetArray())
      if (part.IsObject()) addEventKeys(part, keys);
  return keys;
}

}  // namespace

void validateSchema(const Node& root, Diagnostics& diagnostics) {
  try {
    rapidjson::Document instance = toJsonInstance(root);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    // A valid service is found valid by the schema of its own event families alone; one that
    // is not is validated again, and explained, with the whole schema.
    const SchemaIndex* own = serverlessSchemaFor(eventKeysOf(instance));
    if (own && validator.validate(own->schema(), valijson::adapters::RapidJsonAdapter(instance),
                                  nullptr))
      return;
    const SchemaIndex& schema = serverlessSchema();
    valijson::ValidationResults results;
    if (validator.validate(schema.schema(), valijson::adapters::RapidJsonAdapter(instance),
                           &results))
      return;
    // Only a service that fails pays for the coercion walk.
    if (coerceScalarsToStrings(root, instance, schema)) {
      results = valijson::ValidationResults();
      if (validator.validate(schema.schema(), valijson::adapters::RapidJsonAdapter(instance),
                             &results))
        return;
    }
    reportSchemaErrors(results, root, instance, schema, diagnostics);
  } catch (const std::exception& e) {
    // valijson and RapidJSON throw on a broken schema or a failed assertion: a defect of ours.
    diagnostics.error(root.location(), "internal-error",
                      std::string("internal compiler error in schema validation: ") + e.what());
  }
}

}  // namespace slsc
