// msk, model: the `msk` events of a function, {arn, topic, …}.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/msk/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "naming/event_source.h"

namespace slsc::msk {
namespace {

// The reference's cluster name: Fn::ImportValue's or Ref's value, else the ARN's second
// '/'-part ("cluster/<name>/<uuid>").
std::string clusterName(const Node& arn) {
  if (!arn.isScalar()) {
    if (arn.get("Fn::GetAtt") || arn.get("Fn::Join")) return {};
    return eventsource::functionSourceName(arn, true);
  }
  const std::string& text = arn.text();
  auto slash = text.find('/');
  if (slash == std::string::npos) return {};
  return text.substr(slash + 1, text.find('/', slash + 1) - slash - 1);
}

std::optional<Event> readEvent(const Node& value, const std::string& function,
                               Diagnostics& diagnostics) {
  Event e;
  e.at = e.positionAt = e.filtersAt = value.location();
  if (!value.isMap()) {
    diagnostics.error(e.at, "type-mismatch", "an msk event is a map with 'arn' and 'topic'");
    return std::nullopt;
  }
  Fields fields(value, diagnostics);
  const Node* arn = fields.node("arn");
  auto topic = fields.text("topic");
  if (!arn || !topic) {
    diagnostics.error(e.at, "msk-event-incomplete",
                      fmt::format("the msk event of function '{}' needs 'arn' and 'topic'", function));
    return std::nullopt;
  }
  e.arn = *arn;
  e.topic = *topic;
  e.cluster = clusterName(e.arn);
  if (naming::alphanumericName(e.cluster).empty()) {
    diagnostics.error(e.arn.location(), "msk-arn-invalid",
                      fmt::format("the msk event of function '{}' names no cluster: its arn is "
                                  "neither a cluster's ARN nor Fn::ImportValue or Ref",
                                  function));
    return std::nullopt;
  }
  eventsource::readKafkaSettings(value, fields, e);
  e.saslScram512 = fields.copy("saslScram512");
  e.id = naming::mskMapping(function, e.cluster, e.topic);
  return e;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  eventsource::collectEvents(in, "msk", service.events.msk.events,
                             [&](const Node& value) { return readEvent(value, key, diagnostics); });
}

}  // namespace slsc::msk
