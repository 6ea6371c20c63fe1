// validate: the service file against schemas/serverless.schema.json (valijson), each error
// pointed at the offending value, unknown properties as warnings.
#pragma once

#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

void validateSchema(const Node& root, Diagnostics& diagnostics);

}  // namespace slsc
