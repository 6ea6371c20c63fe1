// The logical ids and generated names of the alb family, as the Serverless Framework v3 makes
// them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "naming/naming.h"

namespace slsc::naming {

// One TargetGroup per function, load balancer and multi-value setting:
// <Fn>Alb[MultiValue]TargetGroup<albId>.
std::string albTargetGroup(std::string_view function, std::string_view albId, bool multiValue);
// One ListenerRule per function and priority: <Fn>AlbListenerRule<priority>.
std::string albListenerRule(std::string_view function, std::int64_t priority);
// The function's two permissions: invoking it from its target group, and registering it;
// default mode gives each of a function's target groups its own registering one, numbered
// from the second (<Fn>LambdaPermissionRegisterTarget2, …).
std::string albPermission(std::string_view function);
std::string albRegisterTargetPermission(std::string_view function, std::size_t index = 0);

// The target group's Name tag, <service>-<function>-<albId>-<stage>.
std::string albTargetGroupNameTag(std::string_view service, std::string_view function,
                                  std::string_view albId, std::string_view stage);
// Its Name: the prefix and the MD5 of the tag (with "multi-value-" before the stage when
// multiValue), cut to the 32 characters Elastic Load Balancing allows.
std::string albTargetGroupName(std::string_view prefix, std::string_view service,
                               std::string_view function, std::string_view albId,
                               bool multiValue, std::string_view stage);

}  // namespace slsc::naming
