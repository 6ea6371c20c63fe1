// compile: Service → Template, one unit per resource family in a fixed order.
#pragma once

#include "compile/template.h"
#include "model/service.h"
#include "slsc/file_reader.h"

namespace slsc {

void compileService(const Service& service, const FileReader& reader, Template& out);

}  // namespace slsc
