// The position-carrying tree every stage before the model works on: maps keep their key order,
// and every value knows its file, line, column and path in the service.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.h"

namespace slsc {

enum class NodeKind { Null, Scalar, Map, Seq };

// The type a scalar has under the YAML 1.2 core schema (quoted scalars are always strings).
enum class ScalarType { Null, Bool, Int, Float, String };

struct MapEntry;

class Node {
 public:
  // Defined where MapEntry is complete.
  Node();
  ~Node();
  Node(const Node&);
  Node(Node&&) noexcept;
  Node& operator=(const Node&);
  Node& operator=(Node&&) noexcept;

  static Node null(Location at);
  static Node scalar(std::string text, bool quoted, Location at);
  static Node map(Location at);
  static Node seq(Location at);

  NodeKind kind() const { return kind_; }
  bool isNull() const { return kind_ == NodeKind::Null || scalarType() == ScalarType::Null; }
  bool isScalar() const { return kind_ == NodeKind::Scalar; }
  bool isMap() const { return kind_ == NodeKind::Map; }
  bool isSeq() const { return kind_ == NodeKind::Seq; }
  // A scalar that the core schema reads as a string (quoted, or plain text that is no number,
  // boolean or null).
  bool isString() const { return isScalar() && scalarType() == ScalarType::String; }

  // Scalars.
  const std::string& text() const { return text_; }
  bool quoted() const { return quoted_; }
  ScalarType scalarType() const;
  // The type, and the integer, that `text` written plain (unquoted) would have: what
  // scalarType() and asInt() give such a scalar, without making one.
  static ScalarType plainType(std::string_view text);
  static std::optional<std::int64_t> plainInt(std::string_view text);
  std::optional<bool> asBool() const;
  std::optional<std::int64_t> asInt() const;
  std::optional<double> asDouble() const;

  // Maps, in the order written.
  const std::vector<MapEntry>& entries() const { return entries_; }
  std::vector<MapEntry>& entries() { return entries_; }
  const Node* get(std::string_view key) const;
  Node* get(std::string_view key);
  const MapEntry* entry(std::string_view key) const;
  // Replaces the value of `key`, or appends the entry when the key is new.
  void set(std::string key, Location keyAt, Node value);

  // Sequences.
  const std::vector<Node>& items() const { return items_; }
  std::vector<Node>& items() { return items_; }
  void push(Node item) { items_.push_back(std::move(item)); }

  const Location& location() const { return at_; }
  Location& location() { return at_; }
  const std::string& path() const { return at_.path; }

  // "a string", "a map", "a list", "a number", ... for messages.
  std::string describe() const;

 private:
  NodeKind kind_ = NodeKind::Null;
  bool quoted_ = false;
  std::string text_;
  std::vector<Node> items_;
  std::vector<MapEntry> entries_;
  Location at_;
};

struct MapEntry {
  std::string key;
  Location keyAt;
  Node value;
};

// Paths as shown in diagnostics: "functions.chat.events[0].websocket".
std::string childPath(const std::string& parent, std::string_view key);
std::string itemPath(const std::string& parent, std::size_t index);

}  // namespace slsc
