// driver: a compile whose artifacts stage the caller chooses. `sls-compile` reads the artifacts
// the service names (packageArtifacts); `sls-compile package` builds the zips first, so that
// the template keys each function by its zip's bytes.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "model/service.h"
#include "package/artifacts.h"
#include "slsc/compile.h"
#include "source/diagnostics.h"

namespace slsc {

// Every function's code; nothing when it reported an error.
using ArtifactStage = std::function<std::optional<Artifacts>(const Service&, Diagnostics&)>;

Result compileWithArtifacts(const std::string& text, const std::string& name,
                            const Options& options, const ArtifactStage& artifacts);

}  // namespace slsc
