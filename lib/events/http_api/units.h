// The httpApi family's compile units; family.cpp runs them in the reference's order.
#pragma once

#include "compile/context.h"

namespace slsc::httpapi {

void compileApi(CompileContext& context);          // api.cpp
void compileLogGroup(CompileContext& context);     // api.cpp
void compileStage(CompileContext& context);        // api.cpp, with the outputs
void compileAuthorizers(CompileContext& context);  // authorizers.cpp, with their permissions
// routes.cpp: route by route, its function's permission and integration (once each), the route.
void compileEndpoints(CompileContext& context);

}  // namespace slsc::httpapi
