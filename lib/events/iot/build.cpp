// iot, model: the `iot` events of a function ({sql, sqlVersion, name, enabled, description};
// the schema has checked their types), numbered from 1 within the function.
#include "events/event_source/permission.h"
#include "events/iot/family.h"
#include "model/fields.h"

namespace slsc::iot {
namespace {

// The reference removes line breaks (\r\n and \n) from the rule's texts.
std::string withoutLineBreaks(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

std::optional<std::string> cleanText(const Fields& fields, std::string_view key) {
  auto text = fields.text(key);
  if (!text || text->empty()) return std::nullopt;  // the reference drops an empty one
  return withoutLineBreaks(*text);
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  std::size_t number = 0;
  eventsource::forEachEvent(in, "iot", [&](const Node& value, const Location& at) {
    if (!value.isMap()) return;
    Fields fields(value, diagnostics);
    auto sql = fields.text("sql");
    if (!sql) return;  // the schema requires it
    Event e;
    e.function = in.function;
    e.number = ++number;
    e.at = at;
    e.sql = withoutLineBreaks(*sql);
    e.sqlVersion = cleanText(fields, "sqlVersion");
    e.name = cleanText(fields, "name");
    if (e.name) e.nameAt = fields.node("name")->location();
    e.description = cleanText(fields, "description");
    e.enabled = fields.boolean("enabled").value_or(true);
    service.events.iot.events.push_back(std::move(e));
  });
}

}  // namespace slsc::iot
