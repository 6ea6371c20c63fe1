// check: the template's references resolve, its ids are valid, and it fits the quotas of
// CloudFormation and API Gateway (warnings: the template is still written).
#pragma once

#include <cstddef>

#include "compile/template.h"
#include "source/diagnostics.h"

namespace slsc {

void checkTemplate(const Template& t, Diagnostics& diagnostics);
// The 1 MB body limit, known only once the template is written.
void checkTemplateSize(std::size_t bytes, const Location& at, Diagnostics& diagnostics);

}  // namespace slsc
