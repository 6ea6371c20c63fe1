// cognitoUserPool: the family's row and its pass list, in the reference's order.
#include "events/cognito_user_pool/family.h"

namespace slsc::cognito {
namespace {

void compile(CompileContext& context) {
  if (context.service.events.cognitoUserPool.events.empty()) return;
  runUnit(context, compilePools);
  runUnit(context, compileExisting);
}

}  // namespace

bool isCustomSender(const std::string& trigger) {
  return trigger == "CustomSMSSender" || trigger == "CustomEmailSender";
}

EventFamily family() {
  return EventFamily{.key = "cognitoUserPool",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::cognito
