// Forms of the service file that the reference rewrites before it validates, rewritten the same
// way so that the schema sees one form.
#pragma once

#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

// `provider: aws` (a name alone) becomes `provider: {name: aws}`. After variables are resolved.
void normalizeServiceForms(Node& root);

// `service: {name: x}`, the form of v1 and v2, becomes `service: x`, with a warning that v3
// refuses it. Before variables are resolved, so that ${self:service} is the name.
void normalizeServiceObject(Node& root, Diagnostics& diagnostics);

}  // namespace slsc
