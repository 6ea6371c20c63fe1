// What the EventBridge families (schedule, eventBridge, cloudwatchEvent) share: a rule target's
// input forms, the permission that lets EventBridge invoke a function, the reference's string
// templates, and the check of rate/cron expressions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compile/json.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc::eventrule {

// A target's input: at most one of input, inputPath and inputTransformer (EventBridge takes one).
struct Input {
  std::optional<Node> input;             // a string, or a map the target gets as JSON text
  std::optional<std::string> inputPath;
  std::optional<Node> inputTransformer;  // {inputTemplate, inputPathsMap}
  Location inputAt, inputPathAt, transformerAt;
};

// The `key` entry of one item of a function's events, or null. An event with no value (null)
// is no event, as in the reference, and warns: that is what a mis-indented event looks like,
// its settings having become keys of the list item beside it.
const MapEntry* eventEntry(const Node& item, std::string_view key, Diagnostics& diagnostics);

// Reads the three keys; more than one is an error (`family` names the event in the message):
// EventBridge refuses a target with two of them.
Input readInput(const Node& event, std::string_view family, Diagnostics& diagnostics);

// Text the reference writes into a JSON string template ("…": "${text}") and parses back:
// quotes escaped first when `escapeQuotes`, and, when `dropEscapedNewlines`, the two-character
// sequences \n and \r removed. Its escapes are read as JSON reads them; text the template cannot
// parse (the reference fails on it) is kept as written.
std::string templated(const std::string& text, bool escapeQuotes, bool dropEscapedNewlines = false);

// {InputTemplate, InputPathsMap}, as the reference's formatInputTransformer writes it.
Json inputTransformer(JsonFactory& json, const Node& transformer);

// The JSON text of a map, as JSON.stringify writes it.
std::string jsonText(JsonFactory& json, const Node& value);

// The AWS::Lambda::Permission that lets rule `sourceArn` invoke `functionName`; keys in the
// order of the schedule and cloudwatchEvent templates (FunctionName first) or of eventBridge's
// (Action first).
Json invokePermission(JsonFactory& json, Json functionName, Json sourceArn,
                      const std::optional<std::string>& dependsOn, bool actionFirst);

// Reports a schedule expression EventBridge refuses, at the offending part of the text:
// rate(<positive integer> <unit>) with minute, hour or day (plural unless the value is 1), or
// cron(<six fields>) with EventBridge's fields and ranges; `allowAt` admits the Scheduler's
// at(yyyy-mm-ddThh:mm:ss). A CloudFormation function is not checked.
void checkExpression(const Node& value, bool allowAt, Diagnostics& diagnostics);

}  // namespace slsc::eventrule
