// cloudwatchLog, model: the `cloudwatchLog` events of a function: a log group's name, or
// {logGroup, filter}.
#include "events/cloudwatch_log/family.h"
#include "model/fields.h"

namespace slsc::cloudwatchlog {
namespace {

std::string withoutLineBreaks(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

// A pattern whose first quote comes after a backslash was written escaped (`\"`): its `\"`,
// `\\` and `\'` are unescaped once, as the reference does.
std::string unescaped(const std::string& pattern) {
  auto slash = pattern.find('\\');
  auto quote = pattern.find('"');
  if (slash == std::string::npos || quote == std::string::npos || quote < slash) return pattern;
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
    if (pattern[i] == '\\' && (next == '"' || next == '\\' || next == '\'')) {
      out += next;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  std::size_t index = 0;
  for (const auto& item : in.events.items()) {
    if (!item.isMap()) continue;
    const MapEntry* entry = item.entry("cloudwatchLog");
    if (!entry) continue;
    const Node& value = entry->value;
    Event e;
    e.function = in.function;
    e.index = ++index;
    e.at = value.location();
    if (value.isScalar()) {
      e.logGroup = withoutLineBreaks(value.text());
    } else if (value.isMap()) {
      Fields fields(value, diagnostics);
      auto group = fields.text("logGroup");
      if (!group) continue;  // the schema requires it
      e.logGroup = withoutLineBreaks(*group);
      e.filter = withoutLineBreaks(fields.text("filter").value_or(""));
    } else {
      diagnostics.error(e.at, "type-mismatch", "a cloudwatchLog event is a log group's name or a map");
      continue;
    }
    e.filter = unescaped(e.filter);
    service.events.cloudwatchLog.events.push_back(std::move(e));
  }
}

}  // namespace slsc::cloudwatchlog
