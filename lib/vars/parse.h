// The Serverless variable grammar: which ${…} in a string are variables, with their sources,
// fallbacks, parameters, nested variables and escapes; everything else stays text.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/node.h"

namespace slsc::vars {

// A constant written inside a variable: a quoted string, or true, false, null or a number.
struct Literal {
  ScalarType type = ScalarType::String;
  std::string text;
};

struct Variable;

// A run of literal text, or one variable.
struct Piece {
  std::string text;                    // when `variable` is null: text, escapes already applied
  std::unique_ptr<Variable> variable;
};
using Pieces = std::vector<Piece>;

// An address or a parameter: a constant, or text that may hold nested variables.
struct Argument {
  std::optional<Literal> literal;
  Pieces pieces;
};

// One source of a variable (`self:a.b`, `file(x.yml):k`, or a literal fallback).
struct Source {
  std::string type;  // empty for a literal fallback
  Literal literal;   // when `type` is empty
  bool hasParams = false;
  std::vector<std::optional<Argument>> params;  // nothing for an empty parameter: file(, x)
  std::optional<Argument> address;
  std::size_t begin = 0, end = 0;  // offsets of the source's text, for messages
};

// ${first, fallback, …}: offsets into the parsed text, "${" to one past "}".
struct Variable {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Source> sources;
};

struct ParseError {
  std::size_t at = 0;             // offset of the offending character
  std::size_t variableBegin = 0;  // offset of the variable it belongs to
  bool tooDeep = false;           // nesting went past the limit (not a syntax error)
  std::string message;            // lower case, without the variable's text
};

// Splits `text` into literal text and variables. Returns nothing on a syntax error, which
// `error` describes.
std::optional<Pieces> parseVariables(std::string_view text, std::size_t maxDepth,
                                     ParseError& error);

// Whether `text` could hold a variable or an escape at all (the cheap test before parsing).
inline bool mayHoldVariables(std::string_view text) {
  return text.find("${") != std::string_view::npos;
}

// The variable that makes up all of `pieces`, if they are exactly one variable (its value then
// keeps its type instead of becoming text).
const Variable* wholeVariable(const Pieces& pieces);

}  // namespace slsc::vars
