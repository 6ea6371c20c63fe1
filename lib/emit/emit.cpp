// emit: RapidJSON's pretty writer over the template's ordered sections.
#include "emit/emit.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace slsc {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

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

std::string emitTemplate(const Template& t) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
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
  return finish(buffer);
}

std::string emitJson(const Json& value) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  value.Accept(w);
  return finish(buffer);
}

}  // namespace slsc
