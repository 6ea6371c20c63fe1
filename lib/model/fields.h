// Typed reads of a map's fields for the model builders; a value of the wrong type is reported
// (the schema normally catches it first) and read as absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/service.h"
#include "source/diagnostics.h"
#include "source/js_scalars.h"
#include "source/node.h"

namespace slsc {

class Fields {
 public:
  Fields(const Node& map, Diagnostics& diagnostics) : map_(map), diagnostics_(diagnostics) {}

  // The value of `key` unless it is missing or null.
  const Node* node(std::string_view key) const;
  std::optional<Node> copy(std::string_view key) const;
  // The value of `key` unless it is missing or null, referred to (the map is the resolved tree's).
  NodeRef ref(std::string_view key) const { return NodeRef::to(node(key)); }
  // Any scalar, as its text.
  std::optional<std::string> text(std::string_view key) const;
  std::optional<std::int64_t> integer(std::string_view key) const;
  // A whole number (as integer()), or a CloudFormation function that gives one.
  std::optional<WholeNumber> wholeNumber(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  // A whole number, or a CloudFormation function that gives one: a copy, with text that is a
  // whole number ("3", as variables give it) made a number, as the reference's schema does.
  std::optional<Node> wholeNumberOrFunction(std::string_view key) const;
  // A map's entries (empty when absent).
  std::vector<MapEntry> entries(std::string_view key) const;
  // A map's entries with scalar values as strings, as the reference's schema coerces
  // environment variables and tags (1 → "1", true → "true").
  std::vector<MapEntry> stringEntries(std::string_view key) const;
  const Location& keyAt(std::string_view key) const;

 private:
  void wrongType(const Node& value, std::string_view key, std::string_view expected) const;

  const Node& map_;
  Diagnostics& diagnostics_;
};


// Merges `overrides` into `base` the way Object.assign does: a key keeps its first position and
// takes its last value.
void assignEntries(std::vector<MapEntry>& base, const std::vector<MapEntry>& overrides);

}  // namespace slsc
