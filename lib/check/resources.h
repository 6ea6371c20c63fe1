// Resource properties that CloudFormation's schema accepts but the service refuses when the
// stack is created: checked at compile time, at the user's text.
#pragma once

#include "compile/template.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

// A DynamoDB table's AttributeDefinitions must name exactly the attributes its KeySchema and
// its indexes' key schemas use (an error otherwise: DynamoDB refuses the table).
void checkResourceProperties(const Template& t, const Node* source, Diagnostics& diagnostics);

}  // namespace slsc
