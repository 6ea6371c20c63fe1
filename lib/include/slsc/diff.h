// Comparing two versions of a stack for code review: what a deploy of NEW over OLD adds,
// removes, replaces, redeploys, and how it changes permissions.
#pragma once

#include <string>
#include <vector>

#include "slsc/compile.h"
#include "slsc/diagnostic.h"

namespace slsc {

enum class DiffFormat { Text, Json, Markdown };

struct DiffOptions {
  DiffFormat format = DiffFormat::Text;
  bool color = false;  // Text only: ANSI colours
};

struct DiffResult {
  bool ok = false;         // both sides could be read (and compiled, for service files)
  bool different = false;  // the templates differ
  std::string report;      // in the requested format
  std::vector<Diagnostic> diagnostics;
};

// OLD and NEW are service files (compiled with `options`) or compiled templates (JSON).
DiffResult diffFiles(const std::string& oldPath, const std::string& newPath,
                     const Options& options, const DiffOptions& diffOptions);

// The same on two compiled templates given as JSON text.
DiffResult diffTemplates(const std::string& oldJson, const std::string& newJson,
                         const DiffOptions& diffOptions);

}  // namespace slsc
