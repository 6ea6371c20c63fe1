// A name with where it was written, for diagnostics.
#pragma once

#include <string>

#include "source/source_file.h"

namespace slsc {

struct Named {
  std::string value;
  Location at;
};

}  // namespace slsc
