// stream, model: the `stream` events of a function, an ARN or {arn, type, …}, and
// provider.kinesis.consumerNamingMode.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/stream/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "naming/event_source.h"

namespace slsc::stream {
namespace {

// The reference's stream name: the function's part (a Fn::Join's last part after its last '/'),
// else the ARN's second '/'-part ("table/<name>/stream/…", "stream/<name>").
std::string streamName(const Node& arn) {
  if (arn.isScalar()) {
    const std::string& text = arn.text();
    auto slash = text.find('/');
    if (slash == std::string::npos) return {};
    return text.substr(slash + 1, text.find('/', slash + 1) - slash - 1);
  }
  std::string name = eventsource::functionSourceName(arn, true);
  if (arn.get("Fn::Join")) name = name.substr(name.rfind('/') + 1);
  return name;
}

std::optional<OnFailure> readOnFailure(const Node& destinations, Diagnostics& diagnostics) {
  const Node* onFailure = destinations.isMap() ? destinations.get("onFailure") : nullptr;
  if (!onFailure) return std::nullopt;
  OnFailure out;
  if (onFailure->isMap()) {
    Fields fields(*onFailure, diagnostics);
    const Node* arn = fields.node("arn");
    if (!arn) return std::nullopt;
    out.arn = *arn;
    out.type = fields.text("type").value_or("");
  } else {
    out.arn = *onFailure;
  }
  if (out.type.empty() && out.arn.isScalar()) out.type = eventsource::arnPart(out.arn.text(), 2);
  return out;
}

void readObject(const Node& value, Event& e, Diagnostics& diagnostics) {
  Fields fields(value, diagnostics);
  e.objectForm = true;
  if (const Node* arn = fields.node("arn")) e.arn = *arn;
  e.type = fields.text("type").value_or("");
  e.batchSize = fields.copy("batchSize");
  e.parallelizationFactor = fields.copy("parallelizationFactor");
  e.startingPosition = fields.text("startingPosition");
  e.positionAt = fields.keyAt("startingPosition");
  e.startingPositionTimestamp = fields.copy("startingPositionTimestamp");
  if (const MapEntry* enabled = value.entry("enabled")) e.enabled = enabled->value;
  if (const Node* consumer = fields.node("consumer")) {
    e.consumerAt = consumer->location();
    if (consumer->asBool() == std::optional<bool>(true)) e.createConsumer = true;
    else if (consumer->asBool() != std::optional<bool>(false)) e.consumerArn = *consumer;
  }
  e.batchWindow = fields.copy("batchWindow");
  e.maximumRetryAttempts = fields.copy("maximumRetryAttempts");
  e.bisectBatchOnFunctionError = fields.copy("bisectBatchOnFunctionError");
  e.maximumRecordAgeInSeconds = fields.copy("maximumRecordAgeInSeconds");
  e.functionResponseType = fields.text("functionResponseType");
  if (const Node* destinations = fields.node("destinations"))
    e.onFailure = readOnFailure(*destinations, diagnostics);
  e.tumblingWindowInSeconds = fields.copy("tumblingWindowInSeconds");
  eventsource::readFilterPatterns(fields, e.filterPatterns, e.filtersAt);
}

std::optional<Event> readEvent(const Node& value, const std::string& function,
                               Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  e.positionAt = e.filtersAt = e.consumerAt = e.at;
  if (value.isScalar()) e.arn = value;
  else if (value.isMap()) readObject(value, e, diagnostics);
  else {
    diagnostics.error(e.at, "type-mismatch", "a stream event is a stream's ARN or a map with 'arn'");
    return std::nullopt;
  }
  if (e.arn.isNull()) {
    diagnostics.error(e.at, "stream-arn-missing",
                      fmt::format("the stream event of function '{}' has no arn", function));
    return std::nullopt;
  }
  if (e.type.empty() && e.arn.isScalar()) e.type = eventsource::arnPart(e.arn.text(), 2);
  if (e.type.empty()) {
    diagnostics.error(e.arn.location(), "stream-type-missing",
                      fmt::format("the stream event of function '{}' needs 'type' (dynamodb or "
                                  "kinesis): its arn is no ARN string",
                                  function));
    return std::nullopt;
  }
  e.streamName = streamName(e.arn);
  if (naming::alphanumericName(e.streamName).empty()) {
    diagnostics.error(e.arn.location(), "stream-arn-invalid",
                      fmt::format("the stream event of function '{}' names no stream: its arn is "
                                  "neither a stream's ARN nor Fn::GetAtt, Fn::ImportValue, Ref or "
                                  "Fn::Join ending in a string",
                                  function));
    return std::nullopt;
  }
  e.id = naming::streamMapping(function, e.type, e.streamName);
  return e;
}

}  // namespace

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  (void)diagnostics;
  const Node* kinesis = provider.get("kinesis");
  const Node* mode = kinesis && kinesis->isMap() ? kinesis->get("consumerNamingMode") : nullptr;
  service.events.stream.serviceSpecificConsumerNames =
      mode && !mode->isNull() && mode->asBool() != std::optional<bool>(false) && mode->text() != "";
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  eventsource::collectEvents(in, "stream", service.events.stream.events,
                             [&](const Node& value) { return readEvent(value, key, diagnostics); });
}

}  // namespace slsc::stream
