// JSON text read from outside the compiler (templates given to diff, the template handed back to
// a caller as a Value): parsed without recursion, so that a deeply nested text cannot overflow
// the stack, and refused when nested deeper than what anything later walks recursively.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <string>

namespace slsc {

constexpr std::size_t kMaxJsonDepth = 512;

// Whether arrays and objects nest more than `levels` deep.
bool deeperThan(const rapidjson::Value& value, std::size_t levels);

// Parses `text` into `document`; false when it is not JSON or nests deeper than kMaxJsonDepth.
bool parseBoundedJson(rapidjson::Document& document, const std::string& text);

}  // namespace slsc
