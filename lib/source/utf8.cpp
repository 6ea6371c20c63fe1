// UTF-8 validation through RapidJSON's UTF8 encoding.
#include "source/utf8.h"

#include <rapidjson/encodings.h>

namespace slsc {
namespace {

// The input stream RapidJSON's validator reads: a view, with its position.
struct ViewStream {
  using Ch = char;
  std::string_view text;
  std::size_t at = 0;
  Ch Peek() const { return at < text.size() ? text[at] : '\0'; }
  Ch Take() { return at < text.size() ? text[at++] : '\0'; }
  std::size_t Tell() const { return at; }
};

// Collects the bytes of one valid code point.
struct CopyStream {
  std::string* out;
  void Put(char c) { out->push_back(c); }
};

// Validates one code point at `in.at`; false leaves `in.at` past the bad byte(s).
bool takeCodePoint(ViewStream& in, std::string* copy) {
  std::string scratch;
  CopyStream out{copy ? copy : &scratch};
  return rapidjson::UTF8<char>::Validate(in, out);
}

}  // namespace

std::optional<std::pair<int, int>> firstInvalidUtf8(std::string_view text) {
  ViewStream in{text};
  int line = 1;
  int column = 1;
  while (in.at < text.size()) {
    char c = text[in.at];
    if (!takeCodePoint(in, nullptr)) return std::make_pair(line, column);
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::nullopt;
}

std::string printableUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ViewStream in{text};
  while (in.at < text.size()) {
    std::size_t start = in.at;
    std::string codePoint;
    if (takeCodePoint(in, &codePoint)) {
      out += codePoint;
    } else {
      out += '?';
      in.at = start + 1;
    }
  }
  return out;
}

}  // namespace slsc
