// sqs, model: the `sqs` events of a function, an ARN or {arn, batchSize, …}.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/sqs/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "naming/event_source.h"

namespace slsc::sqs {
namespace {

// The reference's queue name: the function's part (eventsource::functionSourceName, without
// Ref), else the ARN's last ':'-part.
std::string queueName(const Node& arn) {
  if (arn.isScalar()) return arn.text().substr(arn.text().rfind(':') + 1);
  return eventsource::functionSourceName(arn, false);
}

std::optional<Event> readEvent(const Node& value, const std::string& function,
                               Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  e.batchSizeAt = e.at;
  e.filtersAt = e.at;
  if (value.isScalar()) {
    e.arn = value;
  } else if (value.isMap()) {
    Fields fields(value, diagnostics);
    const Node* arn = fields.node("arn");
    if (!arn) {
      diagnostics.error(e.at, "sqs-arn-missing",
                        fmt::format("the sqs event of function '{}' has no arn", function));
      return std::nullopt;
    }
    e.arn = *arn;
    e.batchSize = fields.copy("batchSize");
    e.batchSizeAt = fields.keyAt("batchSize");
    e.maximumBatchingWindow = fields.copy("maximumBatchingWindow");
    if (const MapEntry* enabled = value.entry("enabled")) e.enabled = enabled->value;
    e.functionResponseType = fields.text("functionResponseType");
    eventsource::readFilterPatterns(fields, e.filterPatterns, e.filtersAt);
    e.maximumConcurrency = fields.copy("maximumConcurrency");
  } else {
    diagnostics.error(e.at, "type-mismatch", "an sqs event is a queue's ARN or a map with 'arn'");
    return std::nullopt;
  }
  e.queueName = queueName(e.arn);
  if (e.queueName.empty() || naming::alphanumericName(e.queueName).empty()) {
    diagnostics.error(e.arn.location(), "sqs-arn-invalid",
                      fmt::format("the sqs event of function '{}' names no queue: its arn is "
                                  "neither an ARN string nor Fn::GetAtt, Fn::ImportValue or "
                                  "Fn::Join ending in a string",
                                  function));
    return std::nullopt;
  }
  e.id = naming::sqsMapping(function, e.queueName);
  e.fifo = e.arn.isScalar() && e.arn.text().ends_with(".fifo");
  return e;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  eventsource::collectEvents(in, "sqs", service.events.sqs.events,
                             [&](const Node& value) { return readEvent(value, key, diagnostics); });
}

}  // namespace slsc::sqs
