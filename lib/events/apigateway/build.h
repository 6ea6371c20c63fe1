// model: what the API Gateway families share, from the provider's settings.
#pragma once

#include "events/apigateway/model.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc::apigateway {

// `provider` is the provider section (an empty map when the service has none).
Settings buildSettings(const Node& provider, Diagnostics& diagnostics);

}  // namespace slsc::apigateway
