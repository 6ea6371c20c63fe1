// validate: the service against schemas/serverless.schema.json with valijson, each finding told
// at the value it concerns.
#include "schema/validate.h"

#include <exception>
#include <string>

#include "schema/instance.h"
#include "schema/report.h"
#include "schema/schema_index.h"

namespace slsc {
namespace {

// Every key of every map of `value`, as views of the instance's own strings.
void addNames(const rapidjson::Value& value, InstanceNames& names) {
  if (value.IsObject()) {
    for (const auto& member : value.GetObject()) {
      // insert, not emplace: emplace makes a node before it looks, and keys mostly repeat.
      names.insert(std::string_view(member.name.GetString(), member.name.GetStringLength()));
      addNames(member.value, names);
    }
  } else if (value.IsArray()) {
    for (const auto& item : value.GetArray()) addNames(item, names);
  }
}

InstanceNames namesOf(const rapidjson::Value& instance) {
  InstanceNames names;
  addNames(instance, names);
  return names;
}

}  // namespace

void validateSchema(const Node& root, Diagnostics& diagnostics) {
  try {
    rapidjson::Document instance = toJsonInstance(root);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    // A valid service is found valid by the schema of the names it uses alone; one that is
    // not is validated again, and explained, with the whole schema.
    const SchemaIndex* own = serverlessSchemaFor(namesOf(instance));
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
