// stream, model: checks across the service. What the reference lets fail at deploy time: a
// stream mapped twice to one function, two events whose ids collide, AT_TIMESTAMP where AWS
// refuses it or without its timestamp; and a consumer on a DynamoDB stream, which it ignores.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/stream/family.h"

namespace slsc::stream {
namespace {

void checkStartingPosition(const Service& service, const Event& e, Diagnostics& diagnostics) {
  if (e.startingPosition != std::optional<std::string>("AT_TIMESTAMP")) return;
  const std::string& function = service.functions[e.function].key;
  if (e.type == "dynamodb") {
    diagnostics.error(e.positionAt, "stream-starting-position",
                      "a DynamoDB stream starts at LATEST or TRIM_HORIZON, not AT_TIMESTAMP");
    return;
  }
  if (!e.startingPositionTimestamp) {
    eventsource::checkStartingTimestamp("stream", function, e.startingPosition,
                                        e.startingPositionTimestamp, e.positionAt, diagnostics);
    return;
  }
  // The reference writes the timestamp only for a consumer; we write it for every stream.
  if (!e.usesConsumer() && service.compat == Compat::ServerlessV3)
    diagnostics.error(e.positionAt, "stream-starting-position",
                      fmt::format("the stream event of function '{}' starts AT_TIMESTAMP without a "
                                  "consumer: the Serverless Framework v3 drops its "
                                  "startingPositionTimestamp, which AWS then refuses (compile "
                                  "without --compat to keep it)",
                                  function));
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::vector<eventsource::MappingRef> mappings;
  for (const auto& e : service.events.stream.events) {
    const std::string& function = service.functions[e.function].key;
    std::string source = eventsource::sourceKey(e.arn);
    if (e.consumerArn) source += eventsource::sourceKey(*e.consumerArn);
    mappings.push_back({e.id, source, e.arn.isScalar() ? e.arn.text() : e.streamName, e.function,
                        function, e.at});
    checkStartingPosition(service, e, diagnostics);
    if (e.usesConsumer() && e.type != "kinesis")
      diagnostics.warning(e.consumerAt, "stream-consumer-ignored",
                          fmt::format("'consumer' applies to Kinesis streams only: the {} stream "
                                      "of function '{}' is read without one",
                                      e.type, function));
    if (e.filterPatterns) eventsource::checkFilterCount(*e.filterPatterns, e.filtersAt, diagnostics);
  }
  eventsource::checkMappings(mappings, "stream", diagnostics);
}

}  // namespace slsc::stream
