// httpApi: the family's row and its pass list, in the reference's order.
#include "events/http_api/family.h"

#include "events/http_api/common.h"
#include "events/http_api/units.h"

namespace slsc::httpapi {
namespace {

void compile(CompileContext& context) {
  if (model(context.service).events.empty()) return;
  runUnit(context, compileApi);
  runUnit(context, compileLogGroup);
  runUnit(context, compileStage);
  runUnit(context, compileAuthorizers);
  runUnit(context, compileEndpoints);
}

// A route keeps its route key across a change of id: a moved route fails the deploy.
bool isRoute(std::string_view id) { return id.rfind("HttpApiRoute", 0) == 0; }

}  // namespace

EventFamily family() {
  return EventFamily{.key = "httpApi",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = isRoute};
}

}  // namespace slsc::httpapi
