// cloudwatchLog, compile: event by event, the subscription filter and the permission it
// depends on. The reference gives each function one permission, for the longest common prefix
// of its log groups (`/custom/app/*`: any group under it, this account's); the default mode gives
// each filter a permission of its own, for its log group only.
#include <algorithm>

#include "events/cloudwatch_log/family.h"
#include "events/event_source/lambda.h"
#include "naming/cloudwatch_log.h"

namespace slsc::cloudwatchlog {
namespace {

// The reference's prefix of the function's log groups, with '*' when it has several.
std::string commonPrefix(const Service& service, std::size_t function) {
  std::optional<std::string> prefix;
  std::size_t count = 0;
  for (const auto& e : service.events.cloudwatchLog.events) {
    if (e.function != function) continue;
    ++count;
    if (!prefix) {
      prefix = e.logGroup;
      continue;
    }
    auto mismatch = std::mismatch(prefix->begin(), prefix->end(), e.logGroup.begin(), e.logGroup.end());
    prefix->erase(mismatch.first, prefix->end());
  }
  std::string out = prefix.value_or("");
  if (count > 1 && (out.empty() || out.back() != '*')) out += '*';
  return out;
}

Json logGroupArn(JsonFactory& json, const std::string& pattern) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":logs:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":"));
  parts.push_back(json.ref("AWS::AccountId"));
  parts.push_back(json.str(":log-group:"));
  parts.push_back(json.str(pattern));
  parts.push_back(json.str(":*"));
  return json.join("", std::move(parts));
}

Json logsPrincipal(JsonFactory& json) {
  std::vector<Json> parts;
  parts.push_back(json.str("logs."));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(".amazonaws.com"));
  return json.join("", std::move(parts));
}

void compileEvent(CompileContext& context, const Event& e) {
  JsonFactory& json = context.json();
  const Function& fn = context.service.functions[e.function];
  const bool shared = context.compat();
  std::string permission = shared ? naming::cloudWatchLogPermission(fn.key)
                                  : naming::cloudWatchLogPermission(fn.key, e.index);
  std::vector<std::string> alias = eventsource::aliasDependency(context, fn);
  std::vector<std::string> dependsOn = {permission};
  dependsOn.insert(dependsOn.end(), alias.begin(), alias.end());
  Json properties = JsonObject(json)
                        .set("LogGroupName", e.logGroup)
                        .set("FilterPattern", e.filter)
                        .set("DestinationArn", context.lambdaTarget(fn))
                        .take();
  context.out.addResource(naming::cloudWatchLogSubscriptionFilter(fn.key, e.index),
                          eventsource::resource(json, "AWS::Logs::SubscriptionFilter", std::move(properties), dependsOn),
                          e.at);
  if (shared && e.index > 1) return;
  std::string pattern = shared ? commonPrefix(context.service, e.function) : e.logGroup;
  context.out.addResource(permission,
                          eventsource::permission(context, fn,
                                                  {.principal = logsPrincipal(json),
                                                   .sourceArn = logGroupArn(json, pattern),
                                                   .sourceAccount = std::nullopt,
                                                   .dependsOn = alias}),
                          e.at);
}

}  // namespace

void compileFilters(CompileContext& context) {
  for (const auto& e : context.service.events.cloudwatchLog.events) runUnit(context, compileEvent, e);
}

}  // namespace slsc::cloudwatchlog
