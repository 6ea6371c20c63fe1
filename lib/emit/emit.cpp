// emit: RapidJSON's pretty writer over the template's ordered sections.
#include "emit/emit.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace slsc {
namespace {

// A RapidJSON output stream appending to a std::string.
class TextStream {
 public:
  using Ch = char;
  explicit TextStream(std::string& text) : text_(text) {}
  void Put(char c) { text_.push_back(c); }
  void Flush() {}

 private:
  std::string& text_;
};

using Writer = rapidjson::PrettyWriter<TextStream>;

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

// The text and its final newline, in one exact allocation: the buffer and the text are the peak.
std::string finish(const rapidjson::StringBuffer& buffer) {
  std::string out;
  out.reserve(buffer.GetSize() + 1);
  out.append(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

}  // namespace

// The text is written straight into the string it is returned in, reserved at twice what the
// template's values take in memory (their text takes 0.9 to 1.25 times that, over every golden
// and corpus case): no buffer to copy it out of at the end, and no copy as it grows. The pages
// of the reserve that the text does not reach are never touched, so they take no memory.
std::string emitTemplate(const Template& t) {
  std::string text;
  text.reserve(2 * t.valueBytes() + 4096);
  TextStream stream(text);
  Writer w(stream);
  w.SetIndent(' ', 2);
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
  text += '\n';
  return text;
}

std::string emitJson(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  value.Accept(w);
  return finish(buffer);
}

}  // namespace slsc
