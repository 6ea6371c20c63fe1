// check: the template's references resolve, its ids are valid, and it fits the quotas of
// CloudFormation and API Gateway (warnings: the template is still written).
#pragma once

#include <cstddef>

#include "compile/template.h"
#include "model/service.h"
#include "source/diagnostics.h"
#include "source/node.h"

namespace slsc {

// `source` is the resolved service tree: a reference the user wrote is reported at their text
// rather than at the resource it ended up in. Each event family checks its own quotas.
void checkTemplate(const Service& service, const Template& t, const Node* source,
                   Diagnostics& diagnostics);
// The 1 MB body limit, known only once the template is written.
void checkTemplateSize(std::size_t bytes, const Location& at, Diagnostics& diagnostics);

}  // namespace slsc
