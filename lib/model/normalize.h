// Forms of the service file that the reference rewrites before it validates, rewritten the same
// way so that the schema sees one form.
#pragma once

#include "source/node.h"

namespace slsc {

// `provider: aws` (a name alone) becomes `provider: {name: aws}`.
void normalizeServiceForms(Node& root);

}  // namespace slsc
