// The service as a JSON instance for valijson, and the way back from a JSON path to its Node.
#include "schema/instance.h"

#include "schema/schema_index.h"

#include <charconv>
#include <cstdlib>

namespace slsc {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

// `text`, an integer as the core schema reads it.
void setInteger(const std::string& text, rapidjson::Value& out) {
  if (auto i = Node::plainInt(text)) {
    out.SetInt64(*i);
    return;
  }
  // Too large for 64 bits: still a number to the schema.
  out.SetDouble(std::strtod(text.c_str(), nullptr));
}

void setNumber(const Node& node, rapidjson::Value& out) {
  if (node.scalarType() == ScalarType::Int) {
    setInteger(node.text(), out);
    return;
  }
  out.SetDouble(node.asDouble().value_or(0.0));
}

rapidjson::Value toJson(const Node& node, Allocator& allocator) {
  rapidjson::Value out;
  switch (node.kind()) {
    case NodeKind::Null: return out;
    case NodeKind::Map:
      out.SetObject();
      for (const auto& e : node.entries()) {
        if (e.value.isNull()) continue;
        rapidjson::Value key(e.key.c_str(), static_cast<rapidjson::SizeType>(e.key.size()),
                             allocator);
        out.AddMember(key, toJson(e.value, allocator), allocator);
      }
      return out;
    case NodeKind::Seq:
      out.SetArray();
      out.Reserve(static_cast<rapidjson::SizeType>(node.items().size()), allocator);
      for (const auto& item : node.items()) out.PushBack(toJson(item, allocator), allocator);
      return out;
    case NodeKind::Scalar: break;
  }
  switch (node.scalarType()) {
    case ScalarType::Null: break;
    case ScalarType::Bool: out.SetBool(node.asBool().value_or(false)); break;
    case ScalarType::Int:
    case ScalarType::Float: setNumber(node, out); break;
    case ScalarType::String: {
      // The reference's validator coerces text into the type asked for ("256" → 256): numbers
      // and booleans written as text are checked as what they say (see coercible in report.cpp).
      if (Node::plainType(node.text()) == ScalarType::Int) {
        setInteger(node.text(), out);
      } else if (node.text() == "true" || node.text() == "false") {
        out.SetBool(node.text() == "true");
      } else {
        out.SetString(node.text().c_str(), static_cast<rapidjson::SizeType>(node.text().size()),
                      allocator);
      }
      break;
    }
  }
  return out;
}

std::optional<std::size_t> indexOf(const std::string& step) {
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(step.data(), step.data() + step.size(), index);
  if (ec != std::errc() || end != step.data() + step.size()) return std::nullopt;
  return index;
}

bool isTextType(const rapidjson::Value& type) {
  return type.IsString() && std::string_view(type.GetString(), type.GetStringLength()) == "string";
}

// Whether `schema` accepts text: its type is (or includes) string, or its enum or const is text.
bool wantsText(const rapidjson::Value& schema) {
  if (auto type = schema.FindMember("type"); type != schema.MemberEnd()) {
    if (isTextType(type->value)) return true;
    if (type->value.IsArray())
      for (const auto& t : type->value.GetArray())
        if (isTextType(t)) return true;
    return false;
  }
  if (auto constant = schema.FindMember("const"); constant != schema.MemberEnd())
    return constant->value.IsString();
  if (auto values = schema.FindMember("enum"); values != schema.MemberEnd() && values->value.IsArray())
    for (const auto& v : values->value.GetArray())
      if (v.IsString()) return true;
  return false;
}

// A schema that only combines others (anyOf, oneOf, allOf, if) and says nothing of the type.
bool isCombinator(const rapidjson::Value& schema) {
  for (const char* key : {"type", "enum", "const"})
    if (schema.HasMember(key)) return false;
  for (const char* key : {"anyOf", "oneOf", "allOf", "if"})
    if (schema.HasMember(key)) return true;
  return false;
}

class TextCoercion {
 public:
  TextCoercion(rapidjson::Document& instance, const SchemaIndex& schema)
      : instance_(instance), schema_(schema) {}

  void walk(const Node& node, rapidjson::Value& json) {
    if (json.IsObject() && node.isMap()) {
      for (auto& member : json.GetObject()) {
        const Node* child = node.get(member.name.GetString());
        if (!child) continue;
        steps_.emplace_back(member.name.GetString(), member.name.GetStringLength());
        walk(*child, member.value);
        steps_.pop_back();
      }
    } else if (json.IsArray() && node.isSeq()) {
      for (rapidjson::SizeType i = 0; i < json.Size() && i < node.items().size(); ++i) {
        steps_.push_back(std::to_string(i));
        walk(node.items()[i], json[i]);
        steps_.pop_back();
      }
    } else if ((json.IsNumber() || json.IsBool()) && node.isScalar()) {
      coerce(node, json);
    }
  }

  bool changed() const { return changed_; }

 private:
  void coerce(const Node& node, rapidjson::Value& json) {
    std::vector<SchemaNode> leaves = schema_.schemasAt(instance_, steps_);
    bool text = false;
    for (SchemaNode leaf : leaves) {
      if (isCombinator(*leaf)) continue;  // its branches are leaves of their own
      if (SchemaIndex::admits(*leaf, json)) return;
      text = text || wantsText(*leaf);
    }
    if (!text) return;
    json.SetString(node.text().c_str(), static_cast<rapidjson::SizeType>(node.text().size()),
                   instance_.GetAllocator());
    changed_ = true;
  }

  rapidjson::Document& instance_;
  const SchemaIndex& schema_;
  std::vector<std::string> steps_;
  bool changed_ = false;
};

}  // namespace

bool coerceScalarsToStrings(const Node& root, rapidjson::Document& instance,
                            const SchemaIndex& schema) {
  TextCoercion coercion(instance, schema);
  coercion.walk(root, instance);
  return coercion.changed();
}

rapidjson::Document toJsonInstance(const Node& root) {
  rapidjson::Document doc;
  rapidjson::Value value = toJson(root, doc.GetAllocator());
  static_cast<rapidjson::Value&>(doc) = std::move(value);
  return doc;
}

std::optional<InstanceAt> instanceAt(const Node& root, const rapidjson::Value& json,
                                     const std::vector<std::string>& steps) {
  InstanceAt at{&root, &json, nullptr, {}};
  for (const auto& step : steps) {
    if (at.json->IsObject() && at.node->isMap()) {
      auto member = at.json->FindMember(step.c_str());
      const MapEntry* entry = at.node->entry(step);
      if (member == at.json->MemberEnd() || !entry) return std::nullopt;
      at.json = &member->value;
      at.node = &entry->value;
      at.entry = entry;
    } else if (at.json->IsArray() && at.node->isSeq()) {
      auto index = indexOf(step);
      if (!index || *index >= at.json->Size() || *index >= at.node->items().size())
        return std::nullopt;
      at.json = &(*at.json)[static_cast<rapidjson::SizeType>(*index)];
      at.node = &at.node->items()[*index];
      at.entry = nullptr;
    } else {
      return std::nullopt;
    }
    at.steps.push_back(step);
  }
  return at;
}

}  // namespace slsc
