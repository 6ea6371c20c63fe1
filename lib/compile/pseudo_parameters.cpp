// The serverless-pseudo-parameters plugin's rewrite, which the plugin itself would have made
// had it run (the model decides when: Service::pseudoParameters): every string of the template
// holding `#{X}` becomes {"Fn::Sub": "…${X}…"} (a Fn::Sub's own string is rewritten in place),
// and `#@{X}` is the escaped, literal `#{X}`.
#include <optional>
#include <string>

#include "compile/units.h"

namespace slsc {
namespace {

// `text` with each #{X} made ${X}, or nothing when it holds none.
std::optional<std::string> substituted(std::string_view text) {
  std::string out;
  bool any = false;
  std::size_t from = 0;
  for (auto open = text.find("#{"); open != std::string_view::npos; open = text.find("#{", from)) {
    auto close = text.find('}', open + 2);
    if (close == std::string_view::npos) break;
    if (close == open + 2) {  // "#{}" is no reference
      out.append(text.substr(from, close + 1 - from));
      from = close + 1;
      continue;
    }
    out.append(text.substr(from, open - from)).append("${");
    out.append(text.substr(open + 2, close - open - 2)).append("}");
    from = close + 1;
    any = true;
  }
  if (!any) return std::nullopt;
  out.append(text.substr(from));
  return out;
}

std::optional<std::string> unescaped(std::string_view text) {
  if (text.find("#@{") == std::string_view::npos) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "#@{") {
      out += "#{";
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

void setString(Json& value, const std::string& text, JsonAllocator& a) {
  value.SetString(text.c_str(), static_cast<rapidjson::SizeType>(text.size()), a);
}

void rewrite(Json& value, bool inSub, JsonAllocator& a) {
  if (value.IsString()) {
    std::string_view text(value.GetString(), value.GetStringLength());
    if (auto sub = substituted(text)) {
      if (inSub) {
        setString(value, *sub, a);
        return;
      }
      Json string;
      setString(string, *sub, a);
      value.SetObject();
      value.AddMember("Fn::Sub", std::move(string), a);
    } else if (auto literal = unescaped(text)) {
      setString(value, *literal, a);
    }
    return;
  }
  if (value.IsArray()) {
    for (auto& item : value.GetArray()) rewrite(item, false, a);
    return;
  }
  if (!value.IsObject()) return;
  for (auto& m : value.GetObject()) {
    std::string_view name(m.name.GetString(), m.name.GetStringLength());
    rewrite(m.value, name == "Fn::Sub", a);
  }
}

}  // namespace

void compilePseudoParameters(CompileContext& context) {
  if (!context.service.pseudoParameters) return;
  JsonAllocator& a = context.out.allocator();
  for (auto& entry : context.out.resources().entries()) rewrite(entry.value, false, a);
  for (auto& entry : context.out.outputs().entries()) rewrite(entry.value, false, a);
  for (auto& section : context.out.extraSections().GetObject())
    if (section.value.IsObject()) rewrite(section.value, false, a);
}

}  // namespace slsc
