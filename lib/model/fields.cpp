// Typed field reads for the model builders.
#include "model/fields.h"

#include <cstdlib>

#include "source/js_scalars.h"

#include <fmt/format.h>

namespace slsc {

const Node* Fields::node(std::string_view key) const {
  if (!map_.isMap()) return nullptr;
  const Node* value = map_.get(key);
  if (!value || value->isNull()) return nullptr;
  return value;
}

std::optional<Node> Fields::copy(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return std::nullopt;
  return *value;
}

const Location& Fields::keyAt(std::string_view key) const {
  const MapEntry* e = map_.isMap() ? map_.entry(key) : nullptr;
  return e ? e->keyAt : map_.location();
}

void Fields::wrongType(const Node& value, std::string_view key, std::string_view expected) const {
  diagnostics_.error(value.location(), "type-mismatch",
                     fmt::format("'{}' must be {}, not {}", key, expected, value.describe()));
}

std::optional<std::string> Fields::text(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return std::nullopt;
  if (!value->isScalar()) {
    wrongType(*value, key, "a string");
    return std::nullopt;
  }
  return value->text();
}

std::optional<std::int64_t> Fields::integer(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return std::nullopt;
  auto number = value->asInt();
  // Variables from --opt, --param and the environment are strings; the reference's schema
  // coerces "256" into 256.
  if (!number && value->isScalar()) number = Node::plainInt(value->text());
  if (!number) wrongType(*value, key, "a whole number");
  return number;
}

std::optional<WholeNumber> Fields::wholeNumber(std::string_view key) const {
  const Node* value = node(key);
  if (value && value->isMap()) return WholeNumber{0, *value};
  auto number = integer(key);
  if (!number) return std::nullopt;
  return WholeNumber{*number, std::nullopt};
}

std::optional<Node> Fields::wholeNumberOrFunction(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return std::nullopt;
  return asNumberNode(*value);
}

std::optional<bool> Fields::boolean(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return std::nullopt;
  auto flag = value->asBool();
  if (!flag && value->isScalar() && (value->text() == "true" || value->text() == "false"))
    flag = value->text() == "true";
  if (!flag) wrongType(*value, key, "true or false");
  return flag;
}

std::vector<MapEntry> Fields::entries(std::string_view key) const {
  const Node* value = node(key);
  if (!value) return {};
  if (!value->isMap()) {
    wrongType(*value, key, "a map");
    return {};
  }
  return value->entries();
}

std::vector<MapEntry> Fields::stringEntries(std::string_view key) const {
  std::vector<MapEntry> out = entries(key);
  for (auto& e : out) e.value = asStringNode(e.value);
  return out;
}

void assignEntries(std::vector<MapEntry>& base, const std::vector<MapEntry>& overrides) {
  for (const auto& e : overrides) {
    bool replaced = false;
    for (auto& b : base) {
      if (b.key != e.key) continue;
      b.value = e.value;
      replaced = true;
      break;
    }
    if (!replaced) base.push_back(e);
  }
  orderKeysAsJavaScript(base);  // the merge is a JavaScript object
}

}  // namespace slsc
