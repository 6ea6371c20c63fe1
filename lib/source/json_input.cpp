#include "source/json_input.h"

namespace slsc {

bool deeperThan(const rapidjson::Value& value, std::size_t levels) {
  if (!value.IsArray() && !value.IsObject()) return false;
  if (levels == 0) return true;
  if (value.IsArray()) {
    for (const auto& item : value.GetArray())
      if (deeperThan(item, levels - 1)) return true;
    return false;
  }
  for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
    if (deeperThan(it->value, levels - 1)) return true;
  return false;
}

bool parseBoundedJson(rapidjson::Document& document, const std::string& text) {
  document.Parse<rapidjson::kParseIterativeFlag>(text.c_str(), text.size());
  return !document.HasParseError() && !deeperThan(document, kMaxJsonDepth);
}

}  // namespace slsc
