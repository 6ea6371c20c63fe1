// s3, model: provider.s3 (settings of the buckets the service creates) and the `s3` events of a
// function: a bucket name, or {bucket, event, rules, existing, forceDeploy}.
#include "events/s3/family.h"
#include "model/fields.h"

namespace slsc::s3 {
namespace {

std::optional<Event> readEvent(const Node& value, Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  if (value.isScalar()) {
    e.bucket = value;
    return e;
  }
  if (!value.isMap()) {
    diagnostics.error(e.at, "type-mismatch", "an s3 event is a bucket name or a map");
    return std::nullopt;
  }
  Fields fields(value, diagnostics);
  const Node* bucket = fields.node("bucket");
  if (!bucket) return std::nullopt;  // the schema requires it
  e.bucket = *bucket;
  if (auto event = fields.text("event")) {
    e.event = *event;
    e.eventAt = fields.node("event")->location();
  }
  if (const Node* rules = fields.node("rules"); rules && rules->isSeq())
    for (const auto& rule : rules->items())
      if (rule.isMap() && !rule.entries().empty())
        e.rules.push_back(Rule{rule.entries().front().key, rule.entries().front().value});
  e.existing = fields.boolean("existing").value_or(false);
  if (fields.boolean("forceDeploy").value_or(false)) {
    e.forceDeploy = true;
    e.forceDeployAt = fields.keyAt("forceDeploy");
  }
  return e;
}

}  // namespace

void buildSettings(const Node& provider, Service& service, Diagnostics&) {
  if (const Node* buckets = provider.get("s3"); buckets && buckets->isMap())
    service.events.s3.providerBuckets = *buckets;
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* s3 = event.entry("s3");
    if (!s3) continue;
    auto built = readEvent(s3->value, diagnostics);
    if (!built) continue;
    built->function = in.function;
    service.events.s3.events.push_back(std::move(*built));
  }
}

}  // namespace slsc::s3
