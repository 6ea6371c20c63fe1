// load: YAML text → Node tree, with CloudFormation short-form tags turned into long forms.
#pragma once

#include <cstddef>
#include <optional>

#include "source/diagnostics.h"
#include "source/node.h"
#include "source/source_file.h"

namespace slsc {

struct LoadLimits {
  std::size_t maxBytes = 16u << 20;    // a service file larger than this is refused
  // Values that aliases may copy in, beyond four times the values written in the file: bounds
  // alias expansion ("billion laughs") while a real file's many `<<: *defaults` stay well within.
  std::size_t maxAliasValues = 200'000;
  std::size_t maxDepth = 200;          // nesting depth of maps and lists
};

// Parses `file` as one YAML document. Reports every problem it finds and returns nothing when
// any of them is an error.
std::optional<Node> loadYaml(const SourceFile& file, Diagnostics& diagnostics,
                             const LoadLimits& limits = {});

}  // namespace slsc
