// Template values and intrinsic functions.
#include "compile/json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "source/js_scalars.h"

namespace slsc {

Json JsonFactory::str(std::string_view text) {
  return Json(text.data(), static_cast<rapidjson::SizeType>(text.size()), allocator_);
}

Json JsonFactory::array(std::vector<Json> items) {
  Json out(rapidjson::kArrayType);
  out.Reserve(static_cast<rapidjson::SizeType>(items.size()), allocator_);
  for (auto& item : items) out.PushBack(item, allocator_);
  return out;
}

Json JsonFactory::strings(const std::vector<std::string>& items) {
  Json out(rapidjson::kArrayType);
  out.Reserve(static_cast<rapidjson::SizeType>(items.size()), allocator_);
  for (const auto& item : items) out.PushBack(str(item), allocator_);
  return out;
}

// A YAML number as the reference's JavaScript holds it: a double, written without a fraction
// when it has none (1.0 → 1, 1e3 → 1000); integers beyond 2^53 lose their last digits as there.
Json JsonFactory::number(double value, std::optional<std::int64_t> exact) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (!std::isfinite(value)) return Json(rapidjson::kNullType);  // as JSON.stringify writes it
  if (exact && std::fabs(value) <= kExact) return Json(static_cast<int64_t>(*exact));
  if (std::trunc(value) == value && std::fabs(value) < 9.2e18)
    return Json(static_cast<int64_t>(value));
  return Json(value);
}

Json JsonFactory::fromNode(const Node& node) {
  switch (node.kind()) {
    case NodeKind::Null: return Json(rapidjson::kNullType);
    case NodeKind::Seq: {
      Json out(rapidjson::kArrayType);
      out.Reserve(static_cast<rapidjson::SizeType>(node.items().size()), allocator_);
      for (const auto& item : node.items()) out.PushBack(fromNode(item), allocator_);
      return out;
    }
    case NodeKind::Map: {
      Json out(rapidjson::kObjectType);
      for (const auto& e : node.entries()) out.AddMember(str(e.key), fromNode(e.value), allocator_);
      return out;
    }
    case NodeKind::Scalar: break;
  }
  switch (node.scalarType()) {
    case ScalarType::Null: return Json(rapidjson::kNullType);
    case ScalarType::Bool: return Json(*node.asBool());
    case ScalarType::Int:
      if (auto i = node.asInt()) return number(static_cast<double>(*i), *i);
      return str(node.text());
    case ScalarType::Float: return number(*node.asDouble(), std::nullopt);
    case ScalarType::String: break;
  }
  if (!node.quoted())
    if (auto iso = yamlTimestampIso(node.text())) return str(*iso);
  return str(node.text());
}

Json JsonFactory::ref(std::string_view logicalId) {
  return JsonObject(*this).set("Ref", logicalId).take();
}

// [first, second], made in the allocator (no vector of the two on the heap).
Json JsonFactory::pair(Json first, Json second) {
  Json out(rapidjson::kArrayType);
  out.Reserve(2, allocator_);
  out.PushBack(first, allocator_).PushBack(second, allocator_);
  return out;
}

Json JsonFactory::getAtt(std::string_view logicalId, std::string_view attribute) {
  return JsonObject(*this).set("Fn::GetAtt", pair(str(logicalId), str(attribute))).take();
}

Json JsonFactory::join(std::string_view separator, std::vector<Json> parts) {
  return JsonObject(*this).set("Fn::Join", pair(str(separator), array(std::move(parts)))).take();
}

Json JsonFactory::sub(std::string_view text) {
  return JsonObject(*this).set("Fn::Sub", text).take();
}

JsonObject& JsonObject::set(std::string_view key, Json value) {
  value_.AddMember(json_.str(key), value, json_.allocator());
  return *this;
}

void setMember(Json& object, std::string_view key, Json value, JsonAllocator& allocator) {
  if (Json* existing = member(object, key)) {
    *existing = std::move(value);
    return;
  }
  object.AddMember(Json(key.data(), static_cast<rapidjson::SizeType>(key.size()), allocator),
                   value, allocator);
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(
      Json(rapidjson::StringRef(key.data(), static_cast<rapidjson::SizeType>(key.size()))));
  return it == object.MemberEnd() ? nullptr : &it->value;
}

Json* member(Json& object, std::string_view key) {
  return const_cast<Json*>(member(static_cast<const Json&>(object), key));
}

std::string toCompactJson(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace slsc
