// The alb family's compile units; family.cpp runs them in the reference's order.
#pragma once

#include "compile/context.h"

namespace slsc::alb {

void compileTargetGroups(CompileContext& context);  // target_groups.cpp
void compileListenerRules(CompileContext& context);  // listener_rules.cpp
void compilePermissions(CompileContext& context);    // permissions.cpp

}  // namespace slsc::alb
