// alb: one Lambda target group per function and load balancer (and multi-value setting), with
// its Name tag, the multi-value attribute and the health check.
#include "events/alb/common.h"
#include "events/alb/family.h"
#include "events/alb/units.h"
#include "events/apigateway/arns.h"
#include "naming/alb.h"

namespace slsc::alb {
namespace {

Json value(CompileContext& context, const std::optional<Node>& written, std::int64_t fallback) {
  return written ? context.json().fromNode(*written) : context.json().num(fallback);
}

// Off unless healthCheck is set; then every setting, the reference's defaults where unset.
void addHealthCheck(CompileContext& context, const Event& event, JsonObject& properties) {
  JsonFactory& json = context.json();
  properties.set("HealthCheckEnabled", json.boolean(event.healthCheck.has_value()));
  if (!event.healthCheck) return;
  const HealthCheck& h = *event.healthCheck;
  properties.set("HealthCheckPath", h.path ? json.fromNode(*h.path) : json.str("/"))
      .set("HealthCheckIntervalSeconds", value(context, h.intervalSeconds, 35))
      .set("HealthCheckTimeoutSeconds", value(context, h.timeoutSeconds, 30))
      .set("HealthyThresholdCount", value(context, h.healthyThresholdCount, 5))
      .set("UnhealthyThresholdCount", value(context, h.unhealthyThresholdCount, 5))
      .set("Matcher", JsonObject(json).set("HttpCode", h.httpCode.value_or("200")).take());
}

void compileTargetGroup(CompileContext& context, const TargetGroup& group) {
  JsonFactory& json = context.json();
  const Event& event = *group.event;
  const Function& fn = context.service.functions[event.function];
  std::vector<Json> targets;
  targets.push_back(JsonObject(json).set("Id", context.lambdaTarget(fn)).take());
  std::vector<Json> tags;
  tags.push_back(JsonObject(json)
                     .set("Key", "Name")
                     .set("Value", naming::albTargetGroupNameTag(context.service.name, fn.key,
                                                                 group.albId,
                                                                 context.provider.stage))
                     .take());
  std::vector<Json> attributes;
  attributes.push_back(JsonObject(json)
                           .set("Key", "lambda.multi_value_headers.enabled")
                           .set("Value", json.boolean(event.multiValueHeaders))
                           .take());
  JsonObject properties(json);
  properties.set("TargetType", "lambda")
      .set("Targets", json.array(std::move(targets)))
      .set("Name", group.name)
      .set("Tags", json.array(std::move(tags)))
      .set("TargetGroupAttributes", json.array(std::move(attributes)));
  addHealthCheck(context, event, properties);
  std::vector<std::string> dependsOn = {registerPermissionId(context, fn.key, group.index)};
  if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
  context.out.addResource(group.id,
                          apigateway::resource(json, "AWS::ElasticLoadBalancingV2::TargetGroup",
                                               properties.take(), std::move(dependsOn)),
                          event.at);
}

}  // namespace

void compileTargetGroups(CompileContext& context) {
  for (const auto& group : targetGroups(context.service)) compileTargetGroup(context, group);
}

}  // namespace slsc::alb
