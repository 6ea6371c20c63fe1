// validate: the service against schemas/serverless.schema.json with valijson, each finding told
// at the value it concerns.
#include "schema/validate.h"

#include <exception>
#include <string>

#include "schema/instance.h"
#include "schema/report.h"
#include "schema/schema_index.h"

namespace slsc {

void validateSchema(const Node& root, Diagnostics& diagnostics) {
  try {
    const SchemaIndex& schema = serverlessSchema();
    rapidjson::Document instance = toJsonInstance(root);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
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
