// emit: RapidJSON's pretty writer over the template's ordered sections.
#include "emit/emit.h"

#include <algorithm>
#include <memory>

#include <rapidjson/prettywriter.h>

namespace slsc {
namespace {

// A RapidJSON output stream appending to a std::string through a buffer (a character at a time
// into the string itself would check its capacity and end it with a NUL each time). Like
// RapidJSON's own StringBuffer, it lets the writer reserve room and then write unchecked
// (PutReserve, PutUnsafe and PutN below, found by argument-dependent lookup).
class TextStream {
 public:
  using Ch = char;
  explicit TextStream(std::string& text) : text_(text) { grow(kBufferSize); }
  TextStream(const TextStream&) = delete;
  TextStream& operator=(const TextStream&) = delete;
  void Put(char c) {
    reserve(1);
    *cursor_++ = c;
  }
  // The owner calls it once more after the writer's last: nothing flushes on destruction,
  // where a failed allocation could not be reported.
  void Flush() {
    text_.append(buffer_.get(), static_cast<std::size_t>(cursor_ - buffer_.get()));
    cursor_ = buffer_.get();
  }
  // Room for `count` more characters in the buffer.
  void reserve(std::size_t count) {
    if (static_cast<std::size_t>(end_ - cursor_) < count) makeRoom(count);
  }
  void putUnsafe(char c) { *cursor_++ = c; }

 private:
  static constexpr std::size_t kBufferSize = 16384;
  // The writer reserves six characters for each of a string's (for \uXXXX escapes): a long
  // string gets a buffer of that size, left uninitialised so that what it does not write is
  // never touched, and the next small reserve goes back to the usual size.
  void makeRoom(std::size_t count) {
    Flush();
    std::size_t capacity = static_cast<std::size_t>(end_ - buffer_.get());
    if (count > capacity || (capacity > kBufferSize && count <= kBufferSize))
      grow(std::max(count, kBufferSize));
  }
  void grow(std::size_t size) {
    buffer_.reset(new char[size]);
    cursor_ = buffer_.get();
    end_ = cursor_ + size;
  }
  std::string& text_;
  std::unique_ptr<char[]> buffer_;
  char* cursor_ = nullptr;
  char* end_ = nullptr;
};

void PutReserve(TextStream& stream, std::size_t count) { stream.reserve(count); }
void PutUnsafe(TextStream& stream, char c) { stream.putUnsafe(c); }
void PutN(TextStream& stream, char c, std::size_t n) {
  stream.reserve(n);
  for (std::size_t i = 0; i < n; ++i) stream.putUnsafe(c);
}

using Writer = rapidjson::PrettyWriter<TextStream>;

// A text under this size is copied into a string of its own size at the end (cheaply), so that
// a caller that keeps many results keeps no reserves; a larger text keeps its reserve, whose
// pages past the text were never touched.
constexpr std::size_t kShrinkBelow = 1 << 20;

void key(Writer& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

void section(Writer& w, std::string_view name, const TemplateSection& s) {
  key(w, name);
  w.StartObject();
  for (const auto& entry : s.entries()) {
    key(w, entry.id);
    entry.value.Accept(w);
  }
  w.EndObject();
}

// The text `body` writes, indented by two spaces, with a final newline: written into the
// string it is returned in, reserved at `reserve`.
template <class Body>
std::string writeText(std::size_t reserve, Body&& body) {
  std::string text;
  text.reserve(reserve);
  TextStream stream(text);
  Writer w(stream);
  w.SetIndent(' ', 2);
  body(w);
  stream.Flush();
  text += '\n';
  if (text.size() < kShrinkBelow) text.shrink_to_fit();
  return text;
}

}  // namespace

// The reserve is twice what the template's values take in memory (their text takes 1.0 to
// 1.35 times that over every golden and corpus case, the literals they refer to not counted):
// no buffer to copy the text out of at the end, and no copy as it grows. The pages of the
// reserve that the text does not reach are never touched, so they take no memory.
std::string emitTemplate(const Template& t) {
  return writeText(2 * t.valueBytes() + 4096, [&](Writer& w) {
    w.StartObject();
    key(w, "AWSTemplateFormatVersion");
    w.String("2010-09-09");
    key(w, "Description");
    w.String(t.description.c_str(), static_cast<rapidjson::SizeType>(t.description.size()));
    section(w, "Resources", t.resources());
    section(w, "Outputs", t.outputs());
    const Json& extra = t.extraSections();
    for (auto it = extra.MemberBegin(); it != extra.MemberEnd(); ++it) {
      key(w, std::string_view(it->name.GetString(), it->name.GetStringLength()));
      it->value.Accept(w);
    }
    w.EndObject();
  });
}

std::string emitJson(const Json& value) {
  return writeText(0, [&](Writer& w) { value.Accept(w); });
}

}  // namespace slsc
