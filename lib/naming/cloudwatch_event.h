// The logical ids of the cloudwatchEvent family, named as the Serverless Framework v3 names them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The n-th cloudwatchEvent of the function (1-based): its events rule and its permission.
std::string cloudWatchEventRule(std::string_view function, std::size_t n);
std::string cloudWatchEventPermission(std::string_view function, std::size_t n);
// The rule's target id: the function's key as written, then "CloudWatchEvent".
std::string cloudWatchEventTargetId(std::string_view function);

}  // namespace slsc::naming
