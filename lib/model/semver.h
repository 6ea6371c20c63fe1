// Whether a version satisfies a range, as node-semver reads ranges: `||` alternatives, each a
// set of comparators (`>=1.2 <2`, `=3`, `3.x`, `*`), carets, tildes and hyphen ranges
// (`1.2 - 2.3`); prerelease tags are ignored. The framework checks frameworkVersion this way.
#pragma once

#include <optional>
#include <string_view>

namespace slsc {

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;
};

// True or false, or nothing when `range` is no range node-semver would read.
std::optional<bool> satisfies(const Version& version, std::string_view range);

}  // namespace slsc
