// schedule, model: a function's `schedule` events — a rate/cron string, or a map with `rate`
// (one expression or a list), enabled, name, description, the input forms, method, timezone.
#include <fmt/format.h>
#include <rapidjson/document.h>

#include "events/schedule/family.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::schedule {
namespace {

void readRates(const Node& rate, Event& e) {
  if (rate.isSeq()) {
    for (const auto& item : rate.items()) e.expressions.push_back(item);
    return;
  }
  // The reference's schema coerces a lone expression to a list of one.
  e.expressions.push_back(rate);
}

// input: {body: '<JSON text>'} is sent as {"body": <that JSON>}: the text must parse.
void checkBody(const Node& input, Diagnostics& diagnostics) {
  if (!input.isMap()) return;
  const Node* body = input.get("body");
  if (!body || !body->isString()) return;
  rapidjson::Document parsed;
  parsed.Parse(body->text().c_str(), body->text().size());
  if (parsed.HasParseError())
    diagnostics.error(valueLocation(*body), "schedule-input-body-invalid",
                      "schedule input.body is sent as the JSON it holds, and this text is no JSON");
}

std::optional<Event> readMap(const Node& value, const std::string& function,
                             Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  Fields fields(value, diagnostics);
  const Node* rate = fields.node("rate");
  if (!rate) {
    diagnostics.error(e.at, "schedule-rate-missing",
                      fmt::format("the schedule event of function '{}' has no 'rate': give a "
                                  "rate(…) or cron(…) expression, or a list of them",
                                  function));
    return std::nullopt;
  }
  readRates(*rate, e);
  e.enabled = fields.boolean("enabled").value_or(true);
  e.name = fields.text("name");
  if (e.name) e.nameAt = fields.keyAt("name");
  e.description = fields.text("description");
  e.input = eventrule::readInput(value, "schedule", diagnostics);
  if (e.input.input) checkBody(*e.input.input, diagnostics);
  if (auto method = fields.text("method"); method && *method == "scheduler") e.method = Method::Scheduler;
  e.timezone = fields.text("timezone");
  // The reference's own refusals.
  if (e.expressions.size() > 1 && e.name)
    diagnostics.error(e.nameAt, "schedule-name-multiple-rates",
                      "a schedule event with more than one rate expression cannot take a name: "
                      "each expression makes a rule, and rule names are unique");
  if (e.method == Method::Scheduler) {
    if (e.input.inputTransformer)
      diagnostics.error(e.input.transformerAt, "schedule-setting-unsupported",
                        "inputTransformer is not supported with method: scheduler");
    if (e.input.inputPath)
      diagnostics.error(e.input.inputPathAt, "schedule-setting-unsupported",
                        "inputPath is not supported with method: scheduler");
  } else if (e.timezone) {
    diagnostics.error(fields.keyAt("timezone"), "schedule-setting-unsupported",
                      "timezone is only supported with method: scheduler");
  }
  return e;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* schedule = eventrule::eventEntry(event, "schedule", diagnostics);
    if (!schedule) continue;
    std::optional<Event> built;
    if (schedule->value.isMap()) {
      built = readMap(schedule->value, key, diagnostics);
    } else if (schedule->value.isScalar() && !schedule->value.isNull()) {
      built = Event{};
      built->at = schedule->value.location();
      built->expressions.push_back(schedule->value);
    } else {
      diagnostics.error(schedule->value.location(), "type-mismatch",
                        "a schedule event is a rate(…) or cron(…) expression, or a map with 'rate'");
    }
    if (!built) continue;
    built->function = in.function;
    service.events.schedule.events.push_back(std::move(*built));
  }
}

}  // namespace slsc::schedule
