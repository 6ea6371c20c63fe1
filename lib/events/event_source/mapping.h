// What the event-source-mapping families (stream, sqs, kafka) share: reading an event's source,
// the AWS::Lambda::EventSourceMapping resource's common parts, and the checks AWS applies to
// every mapping (one mapping per source and function, the number of filters, batch sizes).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compile/context.h"
#include "compile/json.h"
#include "events/event_source/kafka_settings.h"
#include "events/registry.h"
#include "model/fields.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc::eventsource {

// The values of a function's events of one family (`key`: "sqs"), in the order written.
std::vector<const Node*> eventValues(const FunctionEvents& in, std::string_view key);

// Each of a function's events of one family, read by `read(value)` (an optional Event), into
// `out` with the function's index.
template <class Event, class Read>
void collectEvents(const FunctionEvents& in, std::string_view key, std::vector<Event>& out, Read read) {
  for (const Node* value : eventValues(in, key)) {
    std::optional<Event> built = read(*value);
    if (!built) continue;
    built->function = in.function;
    out.push_back(std::move(*built));
  }
}

// filterPatterns, when it is a list, with where its key is written.
void readFilterPatterns(const Fields& fields, std::optional<std::vector<Node>>& out, Location& at);

// The kafka and msk events' shared settings, from the event's map.
void readKafkaSettings(const Node& value, const Fields& fields, KafkaSettings& out);

// The reference's name of a source given as a CloudFormation function, from which the mapping's
// id is made: Fn::GetAtt's resource, Fn::ImportValue's value, Ref's name (when `withRef`), or
// Fn::Join's last part; empty when it is none of these or the part is no string.
std::string functionSourceName(const Node& arn, bool withRef);

// The `index`th ':'-part of an ARN string ("arn:aws:sqs:…", 2 → "sqs"), empty when it has none.
std::string arnPart(std::string_view arn, std::size_t index);

// The text that identifies a source for the one-mapping-per-source check: the value as
// compact JSON, so that two spellings of one ARN string compare equal.
std::string sourceKey(const Node& value);

// A mapping as the service-wide checks see it.
struct MappingRef {
  std::string id;         // its logical id
  std::string source;     // sourceKey of what it reads (queue, stream, topic and servers)
  std::string sourceText; // the source as named in messages
  std::size_t function = 0;
  std::string functionKey;
  Location at;
};

// Reports, for one family: a source mapped twice to one function (AWS refuses the second
// mapping), and two mappings whose ids collide (one would replace the other). `family` names
// the event in messages ("sqs").
void checkMappings(const std::vector<MappingRef>& mappings, std::string_view family,
                   Diagnostics& diagnostics);

// filterPatterns: more than the 5 filters a mapping takes by default (a quota AWS raises to
// 10 on request) is a warning.
void checkFilterCount(const std::vector<Node>& patterns, const Location& at, Diagnostics& diagnostics);

// AT_TIMESTAMP without startingPositionTimestamp (the reference refuses it for kafka and msk,
// AWS for every source): code "<family>-starting-position".
void checkStartingTimestamp(std::string_view family, const std::string& function,
                            const std::optional<std::string>& position,
                            const std::optional<Node>& timestamp, const Location& at,
                            Diagnostics& diagnostics);

// The resources a function's mapping waits for: its role (when the function's role is one of the
// stack's) and its alias; the reference lists them in every mapping.
std::vector<std::string> dependsOn(CompileContext& context, const Function& fn);

// {Type: AWS::Lambda::EventSourceMapping, DependsOn, Properties}; an empty DependsOn is
// written only in compat mode, as the reference writes it.
Json mappingResource(CompileContext& context, std::vector<std::string> dependsOn, Json properties);

// One mapping per event, each with `properties(context, fn, event)`, under the event's id.
template <class Event, class Properties>
void compileMappings(CompileContext& context, const std::vector<Event>& events, Properties properties) {
  for (const auto& e : events) {
    const Function& fn = context.service.functions[e.function];
    context.out.addResource(e.id, mappingResource(context, dependsOn(context, fn), properties(context, fn, e)),
                            e.at);
  }
}

// FilterCriteria: {Filters: [{Pattern: <the pattern as JSON text>}, …]}.
Json filterCriteria(JsonFactory& json, const std::vector<Node>& patterns);

// A statement {Effect: Allow, Action, Resource}.
Json allow(JsonFactory& json, const std::vector<std::string>& actions, Json resource);

// The statement that lets Lambda reach a cluster in a VPC (its network interfaces), on "*".
Json vpcStatement(JsonFactory& json);

// Whether the reference writes a setting it tests for truth: present, not null, not 0.
bool truthy(const std::optional<Node>& value);

// The functions' indexes with events of a family, once each, in order.
template <class Event>
std::vector<std::size_t> functionsOf(const std::vector<Event>& events) {
  std::vector<std::size_t> out;
  for (const auto& e : events)
    if (out.empty() || out.back() != e.function) out.push_back(e.function);
  return out;
}

}  // namespace slsc::eventsource
