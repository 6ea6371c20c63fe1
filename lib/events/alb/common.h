// What the alb compile units share: the events with their functions, and the target groups
// they make.
#pragma once

#include <string>
#include <vector>

#include "compile/context.h"
#include "events/alb/model.h"

namespace slsc::alb {

const Model& model(const Service& service);
const Authorizer* authorizer(const Service& service, const std::string& key);

// A target group: one per function, load balancer and multi-value setting. Events that share
// one are merged as the reference merges them: the first one's place, the last one's settings.
struct TargetGroup {
  std::string id;
  std::string name;  // its Name: targetGroupName, else the generated one
  std::string albId;
  const Event* event = nullptr;  // the last event that makes it
  std::size_t index = 0;         // its place among its function's target groups
};

std::vector<TargetGroup> targetGroups(const Service& service);
std::string targetGroupId(const Service& service, const Event& event);

}  // namespace slsc::alb
