// schedule, model: checks of each event — expressions EventBridge refuses, and a Scheduler
// schedule whose function's role the stack does not create (it must trust the Scheduler).
#include <fmt/format.h>

#include "events/schedule/family.h"

namespace slsc::schedule {

void checkModel(const Service& service, Diagnostics& diagnostics) {
  for (const auto& event : service.events.schedule.events) {
    for (const auto& expression : event.expressions)
      eventrule::checkExpression(expression, event.method == Method::Scheduler, diagnostics);
    if (event.method != Method::Scheduler) continue;
    const Function& fn = service.functions[event.function];
    if (fn.role || service.provider.role)
      diagnostics.warning(event.at, "schedule-scheduler-role",
                          fmt::format("function '{}' uses a role this stack does not create: "
                                      "for method: scheduler it must trust "
                                      "scheduler.amazonaws.com and allow lambda:InvokeFunction "
                                      "on the function",
                                      fn.key));
  }
}

}  // namespace slsc::schedule
