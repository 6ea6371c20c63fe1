// The position-carrying tree and the core-schema typing of its scalars.
#include "source/node.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace slsc {
namespace {

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
  for (auto o : options)
    if (s == o) return true;
  return false;
}

bool isDecimalInt(std::string_view s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (i >= s.size()) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool isPrefixedInt(std::string_view s, std::string_view prefix, std::string_view digits) {
  if (s.size() <= prefix.size() || s.substr(0, prefix.size()) != prefix) return false;
  return s.find_first_not_of(digits, prefix.size()) == std::string_view::npos;
}

// How many ASCII digits `s` has from `at` on.
std::size_t digitsFrom(std::string_view s, std::size_t at) {
  std::size_t n = 0;
  while (at + n < s.size() && s[at + n] >= '0' && s[at + n] <= '9') ++n;
  return n;
}

// The core schema's float: [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?,
// or an infinity or NaN. Scanned directly: a std::regex costs a million instructions to build,
// and every scalar of the service is typed.
bool isFloat(std::string_view s) {
  if (isOneOf(s, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
                  ".nan", ".NaN", ".NAN"}))
    return true;
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  std::size_t whole = digitsFrom(s, i);
  i += whole;
  if (i < s.size() && s[i] == '.') {
    std::size_t fraction = digitsFrom(s, i + 1);
    if (whole == 0 && fraction == 0) return false;
    i += 1 + fraction;
  } else if (whole == 0) {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t exponent = digitsFrom(s, i);
    if (exponent == 0) return false;
    i += exponent;
  }
  return i == s.size();
}

}  // namespace

Node::Node() = default;
Node::~Node() = default;
Node::Node(const Node&) = default;
Node::Node(Node&&) noexcept = default;
Node& Node::operator=(const Node&) = default;
Node& Node::operator=(Node&&) noexcept = default;

Node Node::null(Location at) {
  Node n;
  n.kind_ = NodeKind::Null;
  n.at_ = std::move(at);
  return n;
}

Node Node::scalar(std::string text, bool quoted, Location at) {
  Node n;
  n.kind_ = NodeKind::Scalar;
  n.text_ = std::move(text);
  n.quoted_ = quoted;
  n.at_ = std::move(at);
  return n;
}

Node Node::map(Location at) {
  Node n;
  n.kind_ = NodeKind::Map;
  n.at_ = std::move(at);
  return n;
}

Node Node::seq(Location at) {
  Node n;
  n.kind_ = NodeKind::Seq;
  n.at_ = std::move(at);
  return n;
}

ScalarType Node::scalarType() const {
  if (kind_ == NodeKind::Null) return ScalarType::Null;
  if (kind_ != NodeKind::Scalar || quoted_) return ScalarType::String;
  return plainType(text_);
}

ScalarType Node::plainType(std::string_view s) {
  if (isOneOf(s, {"", "~", "null", "Null", "NULL"})) return ScalarType::Null;
  if (isOneOf(s, {"true", "True", "TRUE", "false", "False", "FALSE"})) return ScalarType::Bool;
  if (isDecimalInt(s) || isPrefixedInt(s, "0x", "0123456789abcdefABCDEF") ||
      isPrefixedInt(s, "0o", "01234567"))
    return ScalarType::Int;
  if (s.size() < 64 && isFloat(s)) return ScalarType::Float;
  return ScalarType::String;
}

std::optional<bool> Node::asBool() const {
  if (scalarType() != ScalarType::Bool) return std::nullopt;
  return text_[0] == 't' || text_[0] == 'T';
}

std::optional<std::int64_t> Node::asInt() const {
  if (kind_ != NodeKind::Scalar || quoted_) return std::nullopt;
  return plainInt(text_);
}

std::optional<std::int64_t> Node::plainInt(std::string_view s) {
  if (plainType(s) != ScalarType::Int) return std::nullopt;
  int base = 10;
  if (s.substr(0, 2) == "0x") {
    base = 16;
    s.remove_prefix(2);
  } else if (s.substr(0, 2) == "0o") {
    base = 8;
    s.remove_prefix(2);
  } else if (!s.empty() && s[0] == '+') {
    s.remove_prefix(1);
  }
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<double> Node::asDouble() const {
  auto type = scalarType();
  if (type == ScalarType::Int) {
    if (auto i = asInt()) return static_cast<double>(*i);
    return std::nullopt;
  }
  if (type != ScalarType::Float) return std::nullopt;
  std::string_view s = text_;
  bool negative = !s.empty() && s[0] == '-';
  if (s.find("inf") != std::string_view::npos || s.find("Inf") != std::string_view::npos ||
      s.find("INF") != std::string_view::npos)
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (s.find("nan") != std::string_view::npos || s.find("NaN") != std::string_view::npos ||
      s.find("NAN") != std::string_view::npos)
    return std::nan("");
  return std::strtod(text_.c_str(), nullptr);
}

const MapEntry* Node::entry(std::string_view key) const {
  for (const auto& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

const Node* Node::get(std::string_view key) const {
  const MapEntry* e = entry(key);
  return e ? &e->value : nullptr;
}

Node* Node::get(std::string_view key) {
  for (auto& e : entries_)
    if (e.key == key) return &e.value;
  return nullptr;
}

void Node::set(std::string key, Location keyAt, Node value) {
  if (Node* existing = get(key)) {
    *existing = std::move(value);
    return;
  }
  entries_.push_back(MapEntry{std::move(key), std::move(keyAt), std::move(value)});
}

std::string Node::describe() const {
  switch (kind_) {
    case NodeKind::Null: return "null";
    case NodeKind::Map: return "a map";
    case NodeKind::Seq: return "a list";
    case NodeKind::Scalar: break;
  }
  switch (scalarType()) {
    case ScalarType::Null: return "null";
    case ScalarType::Bool: return "a boolean";
    case ScalarType::Int:
    case ScalarType::Float: return "a number";
    case ScalarType::String: break;
  }
  return "a string";
}

std::string childPath(const std::string& parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  std::string out;
  out.reserve(parent.size() + key.size() + 1);
  out += parent;
  out += '.';
  out += key;
  return out;
}

std::string itemPath(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

}  // namespace slsc
