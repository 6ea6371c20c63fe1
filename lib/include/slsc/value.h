// A compiled template as a value the caller can walk, without any JSON library's types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slsc {

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  // Defined in the library, where Value is complete (its members hold Values).
  Value();
  ~Value();
  Value(const Value&);
  Value(Value&&) noexcept;
  Value& operator=(const Value&);
  Value& operator=(Value&&) noexcept;

  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0;          // every number
  std::int64_t integer = 0;   // the same number, when it is whole
  bool isInteger = false;
  std::string string;
  std::vector<Value> items;                            // Array, in order
  std::vector<std::pair<std::string, Value>> members;  // Object, in the template's order

  // The member named `key`, or a Null value when there is none (or this is no object).
  const Value& operator[](std::string_view key) const;
  // The item at `index`, or a Null value.
  const Value& operator[](std::size_t index) const;
  bool isNull() const { return kind == Kind::Null; }
};

// The template text of a Result as a Value; a Null value when the text is not JSON.
Value parseTemplate(const std::string& json);

}  // namespace slsc
