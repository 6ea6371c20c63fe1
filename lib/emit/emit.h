// emit: the template as JSON text: two-space indentation, keys in insertion order, a final
// newline. The same template gives the same bytes on every run and machine.
#pragma once

#include <string>

#include "compile/template.h"

namespace slsc {

std::string emitTemplate(const Template& t);

// Any JSON value, written the same way.
std::string emitJson(const Json& value);

}  // namespace slsc
