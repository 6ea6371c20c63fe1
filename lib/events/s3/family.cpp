// s3: the family's row and its pass list, in the reference's order.
#include "events/s3/family.h"

namespace slsc::s3 {
namespace {

void compile(CompileContext& context) {
  if (context.service.events.s3.events.empty()) return;
  runUnit(context, compileBuckets);
  runUnit(context, compileExistingBuckets);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "s3",
                     .buildSettings = buildSettings,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::s3
