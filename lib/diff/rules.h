// diff: which property changes make CloudFormation replace a resource, from
// schemas/replacement-rules.json (compiled into the library).
#pragma once

#include <string>
#include <vector>

namespace slsc::diff {

struct ReplacementRule {
  std::string source;                  // the CloudFormation documentation page
  std::vector<std::string> properties;  // "*": every property
  bool replaces(const std::string& property) const;
};

// The rule of a resource type, or null when the file has none.
const ReplacementRule* replacementRule(const std::string& type);

}  // namespace slsc::diff
