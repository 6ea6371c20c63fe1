// The variable grammar, as the Serverless Framework v3 reads it: `${` followed by a lower-case
// source type and `:` or `(` opens a variable; any other `${…}` (CloudFormation's
// `${AWS::Region}`, `${Logical.Attr}`) is text, though variables inside it still count. Inside
// a variable, every `${` must be a variable. Fallbacks after the first source are written
// without `${}`, and a literal ('text', "text", true, false, null, a number) ends the list.
// `\${` is an escaped `${`; a run of backslashes before `${` is halved.
#include "vars/parse.h"

#include <rapidjson/document.h>

#include <algorithm>

namespace slsc::vars {
namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }
// What a source type or a literal fallback may be made of.
bool isWordChar(char c) { return isAlpha(c) || isDigit(c) || c == '.' || c == '-'; }

// A source type after the first source: a lower-case letter, then letters and digits.
bool isTypeName(std::string_view s) {
  if (s.empty() || !isLower(s[0])) return false;
  for (char c : s)
    if (!isAlpha(c) && !isDigit(c)) return false;
  return true;
}

// What JavaScript's trim() removes (its ASCII part).
constexpr const char* kSpaces = " \t\n\v\f\r";

std::string_view trimmed(std::string_view s) {
  std::size_t begin = s.find_first_not_of(kSpaces);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpaces) - begin + 1);
}

// true, false, null or a number, as the reference accepts them in a literal; nothing otherwise.
std::optional<Literal> constantOf(std::string_view word) {
  if (word == "true" || word == "false") return Literal{ScalarType::Bool, std::string(word)};
  if (word == "null") return Literal{ScalarType::Null, std::string(word)};
  // YAML's .inf and .nan are no numbers to JavaScript.
  if (word.find_first_of("iInN") != std::string_view::npos) return std::nullopt;
  ScalarType type = Node::scalar(std::string(word), false, {}).scalarType();
  if (type == ScalarType::Int || type == ScalarType::Float) return Literal{type, std::string(word)};
  return std::nullopt;
}

class Parser {
 public:
  Parser(std::string_view text, std::size_t maxDepth, ParseError& error)
      : s_(text), maxDepth_(maxDepth), error_(error) {}

  std::optional<Pieces> parse() {
    Pieces out;
    std::string text;
    while (i_ < s_.size()) {
      if (s_[i_] == '\\') {
        backslashes(text);
        continue;
      }
      if (s_[i_] == '$') {
        if (!dollar(out, text, false, 1)) return std::nullopt;
        continue;
      }
      text += s_[i_++];
    }
    flush(out, text);
    return out;
  }

 private:
  // One past a run of `$` starting at `at`.
  std::size_t dollarsEnd(std::size_t at) const {
    while (at < s_.size() && s_[at] == '$') ++at;
    return at;
  }
  // Whether a run of `$` at `at` is followed by `{`: the run and the `{` open a `${`.
  bool opensVariable(std::size_t at) const {
    std::size_t end = dollarsEnd(at);
    return end > at && end < s_.size() && s_[end] == '{';
  }
  bool atEnd() const { return i_ >= s_.size(); }
  void skipSpaces() {
    while (i_ < s_.size() && s_[i_] == ' ') ++i_;
  }

  static void flush(Pieces& out, std::string& text) {
    if (text.empty()) return;
    out.push_back(Piece{std::move(text), nullptr});
    text.clear();
  }

  bool fail(std::size_t at, std::string message) {
    error_.at = at;
    error_.variableBegin = variableBegin_;
    error_.message = std::move(message);
    return false;
  }
  bool unterminated() { return fail(s_.size(), "missing '}' to close the variable"); }

  // A run of backslashes: before `${` each pair stands for one backslash, and an odd one
  // makes the `$` plain text. Elsewhere they stay as written; after an odd run, the `$` that
  // follows is text and does not take the next character with it (as in the reference).
  void backslashes(std::string& text) {
    std::size_t end = i_;
    while (end < s_.size() && s_[end] == '\\') ++end;
    std::size_t count = end - i_;
    bool odd = count % 2 == 1;
    if (end >= s_.size() || s_[end] != '$') {
      text.append(s_.substr(i_, count));
      i_ = end;
      return;
    }
    if (opensVariable(end) && dollarsEnd(end) == end + 1)
      text.append(count / 2, '\\');
    else
      text.append(s_.substr(i_, count));
    if (odd) text += '$';
    i_ = odd ? end + 1 : end;
  }

  // At `$`. A run of `$` and a `{` open a variable or text in braces (the variable spans the
  // whole run, as in the reference); otherwise the run and the one character after it are text
  // (so `$\${…}` keeps its backslash, and `$}` closes nothing). `strict` inside another
  // variable, where only variables may open with `${`.
  bool dollar(Pieces& out, std::string& text, bool strict, std::size_t depth) {
    std::size_t start = i_;
    std::size_t end = dollarsEnd(i_);
    if (end >= s_.size() || s_[end] != '{') {
      if (strict && end >= s_.size()) return unterminated();
      i_ = std::min(end + 1, s_.size());
      text.append(s_.substr(start, i_ - start));
      return true;
    }
    if (depth > maxDepth_) {
      error_.tooDeep = true;
      return fail(i_, "variables are nested too deeply");
    }
    i_ = end + 1;
    if (!atEnd() && isLower(s_[i_])) {
      std::size_t typeBegin = i_;
      while (!atEnd() && isWordChar(s_[i_])) ++i_;
      if (!atEnd() && (s_[i_] == ':' || s_[i_] == '('))
        return variable(out, text, start, s_.substr(typeBegin, i_ - typeBegin), strict, depth);
    }
    if (strict) return fail(i_, "a variable inside a variable needs a source, as in ${opt:stage}");
    if (!atEnd() && s_[i_] == '}') {
      text.append(s_.substr(start, ++i_ - start));
      return true;
    }
    text.append(s_.substr(start, i_ - start));
    return foreign(out, text, depth);
  }

  // Text such as CloudFormation's ${AWS::Region}, up to its `}`; variables inside still count.
  bool foreign(Pieces& out, std::string& text, std::size_t depth) {
    while (!atEnd()) {
      if (s_[i_] == '}') {
        text += s_[i_++];
        return true;
      }
      if (s_[i_] == '$') {
        if (!dollar(out, text, false, depth + 1)) return false;
        continue;
      }
      text += s_[i_++];
    }
    return true;
  }

  // After `${type`, at `:` or `(`.
  bool variable(Pieces& out, std::string& text, std::size_t start, std::string_view type,
                bool strict, std::size_t depth) {
    if (!strict) variableBegin_ = start;
    auto var = std::make_unique<Variable>();
    var->begin = start;
    Source first;
    first.type = std::string(type);
    first.begin = start + 2;
    if (s_[i_] == ':') {
      ++i_;
      skipSpaces();
      if (!atEnd() && s_[i_] == ':') {
        // `${word::…}` is no variable (a lower-case spelling of ${AWS::Region}).
        if (strict) return fail(i_, "invalid variable address");
        text.append(s_.substr(start, i_ - start));
        return foreign(out, text, depth);
      }
      if (!address(first, depth)) return false;
    } else {
      ++i_;
      if (!params(first, depth) || !afterParams(first, depth)) return false;
    }
    first.end = i_;
    var->sources.push_back(std::move(first));
    while (true) {
      if (atEnd()) return unterminated();
      if (s_[i_] == '}') break;
      ++i_;  // the ',' before a fallback
      Source next;
      if (!fallback(next, depth)) return false;
      var->sources.push_back(std::move(next));
    }
    var->end = ++i_;
    flush(out, text);
    out.push_back(Piece{{}, std::move(var)});
    return true;
  }

  // After `)`: an address, or the end of this source.
  bool afterParams(Source& source, std::size_t depth) {
    skipSpaces();
    if (atEnd()) return unterminated();
    if (s_[i_] == '}' || s_[i_] == ',') return true;
    if (s_[i_] != ':') return fail(i_, "invalid variable address");
    ++i_;
    return address(source, depth);
  }

  // After `type:`. Leaves the position at the `}` or `,` that ends the source.
  bool address(Source& source, std::size_t depth) {
    skipSpaces();
    if (atEnd()) return unterminated();
    char c = s_[i_];
    if (c == '}' || c == ',') return true;
    if (c == ':') return fail(i_, "invalid variable address");
    if (c == '"' || c == '\'') {
      std::string value;
      std::size_t at = i_;
      if (!quoted(value)) return false;
      skipSpaces();
      if (atEnd()) return unterminated();
      if (s_[i_] != '}' && s_[i_] != ',') return fail(at, "invalid variable address");
      source.address = Argument{Literal{ScalarType::String, std::move(value)}, {}};
      return true;
    }
    Argument arg;
    if (!raw(arg.pieces, "},", "", depth)) return false;
    if (!arg.pieces.empty()) source.address = std::move(arg);
    return true;
  }

  // After `(`, through `)`.
  bool params(Source& source, std::size_t depth) {
    source.hasParams = true;
    while (true) {
      skipSpaces();
      if (atEnd()) return unterminated();
      char c = s_[i_];
      if (c == ')') {
        ++i_;
        return true;
      }
      if (c == ',') {
        source.params.emplace_back(std::nullopt);
        ++i_;
        continue;
      }
      if (c == '}') return fail(i_, "invalid variable parameter");
      if (c == '"' || c == '\'') {
        std::string value;
        std::size_t at = i_;
        if (!quoted(value)) return false;
        skipSpaces();
        if (atEnd()) return unterminated();
        if (s_[i_] != ')' && s_[i_] != ',') return fail(at, "invalid variable parameter");
        source.params.emplace_back(Argument{Literal{ScalarType::String, std::move(value)}, {}});
      } else {
        Argument arg;
        if (!raw(arg.pieces, "),", "}", depth)) return false;
        if (arg.pieces.empty()) {
          // Only white space: dropped before `)`, and JavaScript's Number(""), 0, before `,`.
          if (s_[i_] == ',')
            source.params.emplace_back(Argument{Literal{ScalarType::Int, "0"}, {}});
        } else {
          if (arg.pieces.size() == 1 && !arg.pieces[0].variable) {
            // A parameter without variables is a constant, or else plain text.
            std::string word = std::move(arg.pieces[0].text);
            arg.pieces.clear();
            arg.literal = constantOf(word).value_or(Literal{ScalarType::String, word});
          }
          source.params.emplace_back(std::move(arg));
        }
      }
      if (s_[i_] == ')') {
        ++i_;
        return true;
      }
      ++i_;
    }
  }

  // A fallback after `,`: another source (written without `${}`) or a literal, which must be
  // the last. Leaves the position at the `}` or `,` that ends it.
  bool fallback(Source& source, std::size_t depth) {
    skipSpaces();
    if (atEnd()) return unterminated();
    source.begin = i_;
    char c = s_[i_];
    if (c == '"' || c == '\'') {
      if (!quoted(source.literal.text)) return false;
      source.end = i_;
      skipSpaces();
      if (atEnd()) return unterminated();
      if (s_[i_] != '}') return fail(i_, "a quoted fallback must be the last one");
      return true;
    }
    if (c == '$')
      return fail(i_, "a fallback is written without ${...}, as in "
                      "${opt:stage, self:provider.stage}");
    if (!isWordChar(c)) return fail(i_, "invalid variable source");
    std::size_t wordBegin = i_;
    while (!atEnd() && (isWordChar(s_[i_]) || s_[i_] == ' ')) ++i_;
    if (atEnd()) return unterminated();
    std::string_view word = s_.substr(wordBegin, i_ - wordBegin);
    c = s_[i_];
    if (c == ':' || c == '(') {
      if (!isTypeName(word)) return fail(wordBegin, "invalid variable source");
      source.type = std::string(word);
      ++i_;
      bool ok = c == '(' ? params(source, depth) && afterParams(source, depth)
                         : address(source, depth);
      source.end = i_;
      return ok;
    }
    if (c == '}') {
      std::optional<Literal> constant = constantOf(trimmed(word));
      if (!constant)
        return fail(wordBegin, "invalid fallback '" + std::string(trimmed(word)) +
                                   "' (quote text, as in 'text')");
      source.literal = std::move(*constant);
      source.end = wordBegin + trimmed(word).size();
      return true;
    }
    if (c == ',' && constantOf(trimmed(word)))
      return fail(wordBegin, "a literal fallback must be the last one");
    return fail(i_, "invalid variable source");
  }

  // Unquoted text up to one of `stops` at this level, with variables nested in it; a character
  // of `invalid` is an error. Trailing spaces are dropped.
  bool raw(Pieces& out, std::string_view stops, std::string_view invalid, std::size_t depth) {
    std::string text;
    while (true) {
      if (atEnd()) return unterminated();
      char c = s_[i_];
      if (stops.find(c) != std::string_view::npos) break;
      if (invalid.find(c) != std::string_view::npos) return fail(i_, "invalid variable parameter");
      if (c == '$') {
        if (!dollar(out, text, true, depth + 1)) return false;
        continue;
      }
      text += c;
      ++i_;
    }
    std::size_t kept = text.find_last_not_of(kSpaces);
    text.resize(kept == std::string::npos ? 0 : kept + 1);
    flush(out, text);
    // Leading white space other than blanks (skipped before) is trimmed as well.
    if (!out.empty() && !out.front().variable) {
      std::string& first = out.front().text;
      first.erase(0, std::min(first.find_first_not_of(kSpaces), first.size()));
      if (first.empty()) out.erase(out.begin());
    }
    return true;
  }

  // A quoted string: single quotes take the text as it is, double quotes read JSON escapes.
  bool quoted(std::string& value) {
    std::size_t open = i_;
    char quote = s_[i_++];
    if (quote == '\'') {
      std::size_t close = s_.find('\'', i_);
      if (close == std::string_view::npos) return unterminated();
      value = std::string(s_.substr(i_, close - i_));
      i_ = close + 1;
      return true;
    }
    while (!atEnd() && s_[i_] != '"') i_ += s_[i_] == '\\' ? 2 : 1;
    if (atEnd()) return unterminated();
    ++i_;
    std::string_view json = s_.substr(open, i_ - open);
    rapidjson::Document document;
    document.Parse(json.data(), json.size());
    if (document.HasParseError() || !document.IsString())
      return fail(open, "invalid string " + std::string(json));
    value.assign(document.GetString(), document.GetStringLength());
    return true;
  }

  std::string_view s_;
  std::size_t maxDepth_;
  ParseError& error_;
  std::size_t i_ = 0;
  std::size_t variableBegin_ = 0;
};

}  // namespace

std::optional<Pieces> parseVariables(std::string_view text, std::size_t maxDepth,
                                     ParseError& error) {
  return Parser(text, maxDepth, error).parse();
}

const Variable* wholeVariable(const Pieces& pieces) {
  if (pieces.size() != 1) return nullptr;
  return pieces[0].variable.get();
}

}  // namespace slsc::vars
