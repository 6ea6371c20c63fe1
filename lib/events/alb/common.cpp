// Shared pieces of the alb compile units.
#include "events/alb/common.h"

#include <algorithm>

#include "naming/alb.h"

namespace slsc::alb {

const Model& model(const Service& service) { return service.events.alb; }

const Authorizer* authorizer(const Service& service, const std::string& key) {
  for (const auto& a : model(service).settings.authorizers)
    if (a.key == key) return &a;
  return nullptr;
}

std::string targetGroupId(const Service& service, const Event& event) {
  return naming::albTargetGroup(service.functions[event.function].key, event.albId,
                                event.multiValueHeaders);
}

std::vector<TargetGroup> targetGroups(const Service& service) {
  std::vector<TargetGroup> out;
  for (const auto& event : model(service).events) {
    std::string id = targetGroupId(service, event);
    auto same = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.id == id; });
    if (same == out.end()) {
      std::size_t index = std::count_if(out.begin(), out.end(), [&](const auto& g) {
        return g.event->function == event.function;
      });
      TargetGroup group;
      group.id = id;
      group.index = index;
      same = out.insert(out.end(), std::move(group));
    }
    const std::string& fn = service.functions[event.function].key;
    same->albId = event.albId;
    same->event = &event;
    same->name = event.targetGroupName.value_or(naming::albTargetGroupName(
        model(service).settings.targetGroupPrefix, service.name, fn, event.albId,
        event.multiValueHeaders, service.provider.stage));
  }
  return out;
}

}  // namespace slsc::alb
