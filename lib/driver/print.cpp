// driver: the resolved service as YAML or JSON, for `sls-compile print`.
#include "driver/print.h"

#include <yaml-cpp/yaml.h>

#include <charconv>

#include "compile/json.h"
#include "emit/emit.h"

namespace slsc {
namespace {

// Whether text written plain reads back as a string: text that reads as a number, a boolean
// or null, and empty text, must be quoted to stay one.
// YAML 1.1's booleans (yes, no, on, off) are quoted too, for the readers that still take them.
bool readsAsString(const std::string& text) {
  static const char* const kYaml11Booleans[] = {"y", "n", "yes", "no", "on", "off"};
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const char* word : kYaml11Booleans)
    if (lower == word) return false;
  return !text.empty() && Node::scalar(text, false, Location{}).scalarType() == ScalarType::String;
}

void emitString(YAML::Emitter& out, const std::string& text) {
  if (readsAsString(text)) out << text;
  else out << YAML::DoubleQuoted << text;
}

void emitScalar(YAML::Emitter& out, const Node& scalar) {
  if (scalar.scalarType() == ScalarType::String) emitString(out, scalar.text());
  else if (scalar.isNull()) out << YAML::Null;
  else out << scalar.text();
}

void emitYaml(YAML::Emitter& out, const Node& node) {
  switch (node.kind()) {
    case NodeKind::Null: out << YAML::Null; return;
    case NodeKind::Scalar: emitScalar(out, node); return;
    case NodeKind::Seq:
      if (node.items().empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        return;
      }
      out << YAML::BeginSeq;
      for (const auto& item : node.items()) emitYaml(out, item);
      out << YAML::EndSeq;
      return;
    case NodeKind::Map:
      if (node.entries().empty()) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        return;
      }
      out << YAML::BeginMap;
      for (const auto& e : node.entries()) {
        out << YAML::Key;
        emitString(out, e.key);
        out << YAML::Value;
        emitYaml(out, e.value);
      }
      out << YAML::EndMap;
      return;
  }
}

std::optional<std::size_t> index(const std::string& part) {
  std::size_t i = 0;
  auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), i);
  if (error != std::errc() || end != part.data() + part.size() || part.empty()) return std::nullopt;
  return i;
}

}  // namespace

const Node* nodeAtPath(const Node& root, const std::string& path) {
  const Node* at = &root;
  std::size_t start = 0;
  while (at && start <= path.size()) {
    std::size_t dot = path.find('.', start);
    std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (at->isMap()) {
      at = at->get(part);
    } else if (at->isSeq()) {
      auto i = index(part);
      at = i && *i < at->items().size() ? &at->items()[*i] : nullptr;
    } else {
      at = nullptr;
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return at;
}

std::string printNode(const Node& node, PrintFormat format) {
  if (format == PrintFormat::JsonText) {
    JsonAllocator allocator;
    JsonFactory json(allocator);
    return emitJson(json.fromNode(node));
  }
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetNullFormat(YAML::LowerNull);
  out.SetSeqFormat(YAML::Block);
  out.SetMapFormat(YAML::Block);
  emitYaml(out, node);
  return std::string(out.c_str()) + "\n";
}

}  // namespace slsc
