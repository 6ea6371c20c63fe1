// compile: Service + artifacts → Template, one unit per resource family in a fixed order.
// Reads no file: the artifacts' digests come from the package stage.
#pragma once

#include "compile/template.h"
#include "model/service.h"
#include "package/artifacts.h"

namespace slsc {

void compileService(const Service& service, const Artifacts& artifacts, Template& out);

}  // namespace slsc
