// alb, model: checks across the service. The reference's own refusals (no condition, an
// invalid listener ARN, an unknown authorizer, targetGroupName beside the prefix, a priority
// used twice by one function or on one listener), and what it lets fail at deploy time or drops
// without a word: two rules of one function with one priority on one listener (the second
// replaces the first), more comparison strings than a rule takes.
#include <fmt/format.h>

#include "events/alb/common.h"
#include "events/alb/family.h"

namespace slsc::alb {
namespace {

bool hasCondition(const Conditions& c) {
  return c.path || c.host || c.method || !c.headers.empty() || c.query || c.ip;
}

// Elastic Load Balancing takes up to three comparison strings per condition and five per rule.
void checkConditionLimits(const Function& fn, const Event& e, Diagnostics& diagnostics) {
  const Conditions& c = e.conditions;
  std::size_t total = 0;
  auto count = [&](std::string_view kind, std::size_t n) {
    total += n;
    if (n > 3)
      diagnostics.error(c.at, "alb-condition-limit",
                        fmt::format("the alb event of function '{}' has {} '{}' values; a listener "
                                    "rule condition takes up to 3",
                                    fn.key, n, kind));
  };
  if (c.path) count("path", c.path->size());
  if (c.host) count("host", c.host->size());
  if (c.method) count("method", c.method->size());
  for (const auto& h : c.headers) count("header", h.values.size());
  if (c.query) count("query", c.query->size());
  if (c.ip) count("ip", c.ip->size());
  if (total > 5)
    diagnostics.error(c.at, "alb-condition-limit",
                      fmt::format("the alb event of function '{}' has {} comparison strings in its "
                                  "conditions; a listener rule takes up to 5",
                                  fn.key, total));
}

void checkEvent(const Service& service, const Event& e, Diagnostics& diagnostics) {
  const Function& fn = service.functions[e.function];
  if (e.albId.empty())
    diagnostics.error(e.listenerAt, "alb-listener-arn-invalid",
                      fmt::format("the alb event of function '{}' has a listenerArn that is neither "
                                  "an Application Load Balancer listener's ARN "
                                  "(arn:aws:elasticloadbalancing:…:listener/app/NAME/ID/ID) nor "
                                  "{{Ref: listener}}",
                                  fn.key));
  if (!hasCondition(e.conditions))
    diagnostics.error(e.conditions.at, "alb-no-conditions",
                      fmt::format("the alb event of function '{}' has no condition; a listener rule "
                                  "needs at least one",
                                  fn.key));
  checkConditionLimits(fn, e, diagnostics);
  if (e.targetGroupName && !model(service).settings.targetGroupPrefix.empty())
    diagnostics.error(e.targetGroupNameAt, "alb-target-group-name-exclusive",
                      "targetGroupName and provider.alb.targetGroupPrefix exclude each other: "
                      "set only one");
  for (const auto& name : e.authorizers)
    if (!authorizer(service, name))
      diagnostics.error(e.authorizerAt, "alb-authorizer-unknown",
                        fmt::format("the alb event of function '{}' names authorizer '{}', which "
                                    "provider.alb.authorizers does not define",
                                    fn.key, name));
}

// Rules are named by function and priority, and a listener takes each priority once: one
// function's events need distinct priorities, and so do one listener's rules.
void checkPriorities(const Service& service, Diagnostics& diagnostics) {
  const auto& all = model(service).events;
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const Event& a = all[j];
      const Event& b = all[i];
      if (a.priority != b.priority || b.listenerId.empty()) continue;
      bool sameFunction = a.function == b.function;
      bool sameListener = a.listenerId == b.listenerId;
      if (!sameFunction && !sameListener) continue;
      const std::string& fn = service.functions[b.function].key;
      std::string why =
          sameListener ? fmt::format("the listener already has a rule with priority {} (line {}, "
                                     "function '{}'); each rule of a listener needs its own",
                                     b.priority, a.priorityAt.line,
                                     service.functions[a.function].key)
                       : fmt::format("an event of this function already uses it (line {}); a "
                                     "function's rules are named by their priority, so its "
                                     "events need distinct ones, even on different listeners",
                                     a.priorityAt.line);
      diagnostics.error(b.priorityAt, "alb-priority-duplicate",
                        fmt::format("the alb event of function '{}' cannot use priority {}: {}",
                                    fn, b.priority, why));
      break;
    }
  }
}

void checkAuthorizers(const Service& service, Diagnostics& diagnostics) {
  for (const auto& a : model(service).settings.authorizers) {
    if (a.type != "oidc" || !a.settings.isMap() || a.settings.get("clientSecret")) continue;
    diagnostics.warning(a.at, "alb-oidc-client-secret-missing",
                        fmt::format("ALB authorizer '{}' has no clientSecret: its rules are "
                                    "written with UseExistingClientSecret, which only an existing "
                                    "rule can use; creating a rule needs the secret",
                                    a.key));
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  for (const auto& e : model(service).events) checkEvent(service, e, diagnostics);
  checkPriorities(service, diagnostics);
  if (!model(service).events.empty()) checkAuthorizers(service, diagnostics);
}

}  // namespace slsc::alb
