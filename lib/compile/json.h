// Building template values: RapidJSON values in one allocator, CloudFormation intrinsics, and
// Node → JSON with the YAML core schema's types.
#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/node.h"

namespace slsc {

using Json = rapidjson::Value;
using JsonAllocator = rapidjson::MemoryPoolAllocator<>;

// A string literal as a JSON string that refers to it instead of copying it (RapidJSON's
// constant strings, which copies of the value refer to as well): the keys and types of every
// resource ("Type", "Properties", "AWS::Lambda::Permission") are written once in the program,
// not once per resource in the template. Only literals bind to it: an array of static storage
// whose text ends at its last element.
template <std::size_t N>
Json literal(const char (&text)[N]) {
  return Json(rapidjson::StringRef(text, static_cast<rapidjson::SizeType>(N - 1)));
}

class JsonFactory {
 public:
  explicit JsonFactory(JsonAllocator& allocator) : allocator_(allocator) {}
  JsonAllocator& allocator() { return allocator_; }

  Json str(std::string_view text);
  template <std::size_t N>
  Json str(const char (&text)[N]) {
    return literal(text);
  }
  Json num(std::int64_t value) { return Json(static_cast<int64_t>(value)); }
  Json number(double value, std::optional<std::int64_t> exact);
  Json boolean(bool value) { return Json(value); }
  Json array(std::vector<Json> items);
  Json strings(const std::vector<std::string>& items);
  Json copy(const Json& value) { return Json(value, allocator_); }
  Json fromNode(const Node& node);

  // CloudFormation intrinsic functions.
  Json ref(std::string_view logicalId);
  Json getAtt(std::string_view logicalId, std::string_view attribute);
  Json join(std::string_view separator, std::vector<Json> parts);
  Json sub(std::string_view text);

 private:
  Json pair(Json first, Json second);

  JsonAllocator& allocator_;
};

// Builds an object key by key, in the order the keys are set.
class JsonObject {
 public:
  explicit JsonObject(JsonFactory& json) : json_(json), value_(rapidjson::kObjectType) {}
  JsonObject& set(std::string_view key, Json value);
  JsonObject& set(std::string_view key, std::string_view text) { return set(key, json_.str(text)); }
  template <std::size_t M>
  JsonObject& set(std::string_view key, const char (&text)[M]) {
    return set(key, literal(text));
  }
  // A literal key, referred to (see literal()).
  template <std::size_t N>
  JsonObject& set(const char (&key)[N], Json value) {
    value_.AddMember(literal(key), value, json_.allocator());
    return *this;
  }
  template <std::size_t N>
  JsonObject& set(const char (&key)[N], std::string_view text) {
    return set(key, json_.str(text));
  }
  template <std::size_t N, std::size_t M>
  JsonObject& set(const char (&key)[N], const char (&text)[M]) {
    return set(key, literal(text));
  }
  Json take() { return std::move(value_); }

 private:
  JsonFactory& json_;
  Json value_;
};

// Sets `key` on an object: replaces the value when the key exists, appends it otherwise.
void setMember(Json& object, std::string_view key, Json value, JsonAllocator& allocator);
const Json* member(const Json& object, std::string_view key);
Json* member(Json& object, std::string_view key);

// Compact JSON text of a value (for hashing).
std::string toCompactJson(const Json& value);

}  // namespace slsc
