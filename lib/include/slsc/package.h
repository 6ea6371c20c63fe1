// Packaging a service for deployment: its code zipped as the Serverless Framework selects it,
// the template keyed by the zips' bytes, and a deploy plan with the script that follows it.
#pragma once

#include <string>
#include <vector>

#include "slsc/compile.h"
#include "slsc/diagnostic.h"

namespace slsc {

struct PackageOptions {
  // The folder to write; empty: `.slsc` in the service's folder. It is written beside its
  // place and renamed into it at the end, so that it holds a whole package or its old content.
  std::string outputDir;
};

struct PackageResult {
  bool ok = false;
  std::string outputDir;               // where the package was written, when ok
  std::vector<Diagnostic> diagnostics;  // the compile's, and the packaging's
};

// Packages the service file at `path` (read from disk: packaging reads the service's folder).
PackageResult packageFile(const std::string& path, const Options& options,
                          const PackageOptions& packageOptions);

}  // namespace slsc
