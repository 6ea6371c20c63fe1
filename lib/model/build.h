// model: Node tree → Service, with the semantic checks the schema cannot express.
#pragma once

#include <optional>
#include <string>

#include "model/service.h"
#include "slsc/compile.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

struct ModelContext {
  std::string file;        // the service file as named by the caller
  std::string serviceDir;  // its folder
  std::string stage;       // chosen once, by chooseStage (vars/stage.h)
  std::string region;      // --region, else empty: provider.region, else us-east-1
  Compat compat = Compat::None;
  std::string today;       // YYYY-MM-DD: the day runtime deprecations are judged at
};

std::optional<Service> buildModel(const Node& root, const ModelContext& context,
                                  Diagnostics& diagnostics);

}  // namespace slsc
