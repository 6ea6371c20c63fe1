// alb: the permissions that let Elastic Load Balancing register and invoke the functions.
// The reference writes two per function: one without SourceArn (the target group depends on
// it, so it cannot name the group's ARN), which lets any load balancer of any account invoke
// the function, and one limited to the function's last target group. Default mode writes one
// per target group instead, limited to that group by its ARN, built from the group's name
// (known at compile time), so the group can still depend on it.
#include <fmt/format.h>

#include <algorithm>

#include "events/alb/common.h"
#include "events/alb/family.h"
#include "events/alb/units.h"
#include "events/apigateway/arns.h"
#include "naming/alb.h"

namespace slsc::alb {
namespace {

Json permission(CompileContext& context, const Function& fn, std::optional<Json> sourceArn) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("FunctionName", context.lambdaTarget(fn))
      .set("Action", "lambda:InvokeFunction")
      .set("Principal", "elasticloadbalancing.amazonaws.com");
  if (sourceArn) properties.set("SourceArn", std::move(*sourceArn));
  std::vector<std::string> dependsOn;
  if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
  return apigateway::resource(json, "AWS::Lambda::Permission", properties.take(),
                              std::move(dependsOn));
}

// The reference's pair, per function: its place is the function's first event, the
// SourceArn its last target group.
void compileCompat(CompileContext& context) {
  const auto groups = targetGroups(context.service);
  std::vector<std::size_t> done;
  for (const auto& event : model(context.service).events) {
    if (std::find(done.begin(), done.end(), event.function) != done.end()) continue;
    done.push_back(event.function);
    const Function& fn = context.service.functions[event.function];
    std::string last;
    for (const auto& other : model(context.service).events)
      if (other.function == event.function) last = targetGroupId(context.service, other);
    context.out.addResource(naming::albPermission(fn.key),
                            permission(context, fn, context.json().ref(last)), event.at);
    context.out.addResource(naming::albRegisterTargetPermission(fn.key),
                            permission(context, fn, std::nullopt), event.at);
  }
}

void compileLimited(CompileContext& context) {
  for (const auto& group : targetGroups(context.service)) {
    const Function& fn = context.service.functions[group.event->function];
    Json arn = context.json().sub(fmt::format(
        "arn:${{AWS::Partition}}:elasticloadbalancing:${{AWS::Region}}:${{AWS::AccountId}}:"
        "targetgroup/{}/*",
        group.name));
    context.out.addResource(registerPermissionId(context, fn.key, group.index),
                            permission(context, fn, std::move(arn)), group.event->at);
  }
}

}  // namespace

std::string registerPermissionId(const CompileContext& context, const std::string& function,
                                 std::size_t index) {
  return naming::albRegisterTargetPermission(function, context.compat() ? 0 : index);
}

void compilePermissions(CompileContext& context) {
  if (context.compat()) compileCompat(context);
  else compileLimited(context);
}

}  // namespace slsc::alb
