// resolve: substitutes Serverless variables (${self:…}, ${opt:…}, ${env:…}, ${sls:…},
// ${param:…}, ${file(…)}, ${strToBool(…)}) in a loaded tree, keeping positions.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "slsc/file_reader.h"
#include "source/diagnostics.h"
#include "source/node.h"
#include "source/source_file.h"

namespace slsc {

struct ResolveContext {
  std::string stage;   // --stage as given on the command line; empty when not given
  std::string region;  // --region as given; empty when not given
  std::map<std::string, std::string> opts;    // every other --opt KEY=VALUE
  std::map<std::string, std::string> params;  // --param KEY=VALUE
  // Environment lookup; tests pass their own.
  std::function<std::optional<std::string>(const std::string&)> env;
  const FileReader* reader = nullptr;  // never null when resolving
  std::string serviceDir;              // folder of the service file; ${file()} stays inside it
  SourceSet* sources = nullptr;        // owns the text of files read by ${file()}
  std::size_t maxDepth = 32;           // nesting of variables within variables
  std::size_t maxOutputBytes = 8u << 20;  // what substitution may produce in all
};

// Returns the tree with every variable replaced, or nothing after reporting errors.
// Takes the tree (move it in: it is resolved in place).
std::optional<Node> resolveVariables(Node root, const ResolveContext& context,
                                     Diagnostics& diagnostics);

}  // namespace slsc
