// Conditions: a resource or output that refers to a conditional resource without being under
// that condition makes CloudFormation refuse the template wherever the condition is false.
#pragma once

#include "compile/template.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

// A warning per conditional resource that unconditional entries refer to (Ref, Fn::GetAtt,
// Fn::Sub, DependsOn), outside an Fn::If on that condition. Placed at the user's `Condition`
// when `source` has it.
void checkConditionalReferences(const Template& t, const Node* source, Diagnostics& diagnostics);

// An error per condition of `resources: Conditions` (and per operand of its Fn::And, Fn::Or,
// Fn::Not) that is not a condition function (Fn::And, Fn::Equals, Fn::If, Fn::Not, Fn::Or) or a
// {Condition: name}: CloudFormation refuses the template (Fn::StartsWith, a plain boolean).
void checkConditionDefinitions(const Node& source, Diagnostics& diagnostics);

}  // namespace slsc
