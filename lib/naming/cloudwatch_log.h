// The logical ids of the cloudwatchLog family, named as the Serverless Framework v3 names them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The function's n-th (1-based) subscription filter.
std::string cloudWatchLogSubscriptionFilter(std::string_view function, std::size_t index);
// One permission per function, for every log group it subscribes to (the reference's); the
// default mode's for the n-th filter: the same id for the first, the index appended after.
std::string cloudWatchLogPermission(std::string_view function);
std::string cloudWatchLogPermission(std::string_view function, std::size_t index);

}  // namespace slsc::naming
