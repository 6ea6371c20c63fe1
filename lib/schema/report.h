// Turns valijson's findings into diagnostics a person can act on: one per failing value, placed
// at that value (or at the key, for a missing or unknown property), in the words of the schema.
#pragma once

#include "schema/schema_index.h"
#include "schema/valijson.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

void reportSchemaErrors(const valijson::ValidationResults& results, const Node& root,
                        const rapidjson::Value& instance, const SchemaIndex& schema,
                        Diagnostics& diagnostics);

}  // namespace slsc
