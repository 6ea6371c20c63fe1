// The public template value, read from the template text with RapidJSON.
#include <rapidjson/document.h>

#include "source/json_input.h"
#include "slsc/value.h"

namespace slsc {
namespace {

const Value& nullValue() {
  static const Value null;
  return null;
}

Value convert(const rapidjson::Value& json) {
  Value out;
  switch (json.GetType()) {
    case rapidjson::kNullType: break;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      out.kind = Value::Kind::Bool;
      out.boolean = json.GetBool();
      break;
    case rapidjson::kNumberType:
      out.kind = Value::Kind::Number;
      out.number = json.GetDouble();
      out.isInteger = json.IsInt64();
      if (out.isInteger) out.integer = json.GetInt64();
      break;
    case rapidjson::kStringType:
      out.kind = Value::Kind::String;
      out.string.assign(json.GetString(), json.GetStringLength());
      break;
    case rapidjson::kArrayType:
      out.kind = Value::Kind::Array;
      for (const auto& item : json.GetArray()) out.items.push_back(convert(item));
      break;
    case rapidjson::kObjectType:
      out.kind = Value::Kind::Object;
      for (const auto& m : json.GetObject())
        out.members.emplace_back(std::string(m.name.GetString(), m.name.GetStringLength()),
                                 convert(m.value));
      break;
  }
  return out;
}

}  // namespace

Value::Value() = default;
Value::~Value() = default;
Value::Value(const Value&) = default;
Value::Value(Value&&) noexcept = default;
Value& Value::operator=(const Value&) = default;
Value& Value::operator=(Value&&) noexcept = default;

const Value& Value::operator[](std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return value;
  return nullValue();
}

const Value& Value::operator[](std::size_t index) const {
  return index < items.size() ? items[index] : nullValue();
}

Value parseTemplate(const std::string& json) {
  try {
    rapidjson::Document document;
    if (!parseBoundedJson(document, json)) return Value{};
    return convert(document);
  } catch (const std::exception&) {  // out of memory: the API promises no exceptions
    return Value{};
  }
}

}  // namespace slsc
