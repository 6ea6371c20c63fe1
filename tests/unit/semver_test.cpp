// Semver ranges as node-semver reads them, for frameworkVersion: a table of (range, whether
// v3.38.0 satisfies it).
#include <gtest/gtest.h>

#include "model/semver.h"

namespace slsc {
namespace {

struct Row {
  const char* range;
  std::optional<bool> admits;
};

TEST(Semver, RangesAgainstTheReferenceVersion) {
  const Version v{3, 38, 0};
  const Row rows[] = {
      {"3", true},           {"'3'", std::nullopt}, {"2 || 3", true},    {"^3", true},
      {"^3.28.1", true},     {"^3.39.0", false},    {">=2.37.2", true},  {">=1.28.0", true},
      {">=1.0 <2.0", false}, {">= 1.0 < 2.0", false}, {"1", false},      {"2", false},
      {"*", true},           {"", true},            {"3.x", true},       {"3.38", true},
      {"3.37", false},       {"~3.38.0", true},     {"~3.37", false},    {"<3", false},
      {"<=3", true},         {">3", false},         {">3.37", true},     {"=3.38.0", true},
      {"v3.38.0", true},     {"2.0 - 3.1", false},  {"2.0 - 3", true},   {"3.0.0-beta - 4", true},
      {"=X.X.X", true},      {"banana", std::nullopt}, {"^0.3", false},  {"<3.38.1", true},
  };
  for (const auto& row : rows) EXPECT_EQ(satisfies(v, row.range), row.admits) << row.range;
}

}  // namespace
}  // namespace slsc
