// The logical ids of the schedule family, named as the Serverless Framework v3 names them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// The n-th expression (1-based, over every schedule event of the function): an events rule
// and its permission (method eventBus), or a Scheduler schedule (method scheduler).
std::string scheduleRule(std::string_view function, std::size_t n);
std::string schedulePermission(std::string_view function, std::size_t n);
std::string schedulerSchedule(std::string_view function, std::size_t n);
// The rule's target id: the function's key as written, then "Schedule".
std::string scheduleTargetId(std::string_view function);

}  // namespace slsc::naming
