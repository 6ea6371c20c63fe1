// The pass list: every resource family, in the order the reference writes them. Event families
// contribute to the role before it is built, and compile their own resources after the
// functions', in registry order (lib/events/registry.cpp).
#include "compile/pipeline.h"

#include "compile/units.h"
#include "events/registry.h"

namespace slsc {

void compileService(const Service& service, const Artifacts& artifacts, Template& out) {
  CompileContext context(service, artifacts, out);
  runUnit(context, compileCore);
  runUnit(context, compileLogGroups);
  {
    // Built in the scratch pool, which the role's unit releases once it has used them.
    Contributions shared = contributeEvents(context);
    runUnit(context, compileLambdaRoles, shared);
  }
  runUnit(context, compileFunctions);
  runUnit(context, compileVersions);
  runUnit(context, compileFunctionUrls);
  runUnit(context, compileEventInvokeConfigs);
  compileEvents(context);
  runUnit(context, compileUserResources);
  runUnit(context, compilePseudoParameters);
  runUnit(context, stripNullProperties);
}

}  // namespace slsc
