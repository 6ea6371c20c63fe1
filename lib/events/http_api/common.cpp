// Shared pieces of the httpApi compile units.
#include "events/http_api/common.h"

#include <algorithm>

#include "naming/http_api.h"

namespace slsc::httpapi {

const Model& model(const Service& service) { return service.events.httpApi; }

std::vector<EventRef> events(const Service& service) {
  std::vector<EventRef> out;
  for (const auto& event : model(service).events)
    out.push_back(EventRef{service.functions[event.function], event});
  return out;
}

bool usesExistingApi(const Service& service) { return model(service).settings.id.has_value(); }

Json apiId(CompileContext& context) {
  const auto& id = model(context.service).settings.id;
  return id ? context.json().fromNode(*id) : context.json().ref(naming::kHttpApi);
}

Json permission(CompileContext& context, Json functionName, std::vector<std::string> dependsOn) {
  JsonFactory& json = context.json();
  return apigateway::invokePermission(json, std::move(functionName),
                                      apigateway::joinedExecuteApiArn(json, apiId(context), "/*"),
                                      std::move(dependsOn));
}

std::vector<EventRef> routes(const Service& service) {
  const auto& all = model(service).events;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto same = std::find_if(order.begin(), order.end(),
                             [&](std::size_t j) { return all[j].routeKey == all[i].routeKey; });
    if (same == order.end()) order.push_back(i);
    else *same = i;
  }
  std::vector<EventRef> out;
  for (std::size_t i : order) out.push_back(EventRef{service.functions[all[i].function], all[i]});
  return out;
}

const Authorizer* authorizer(const Service& service, const std::string& key) {
  for (const auto& a : model(service).settings.authorizers)
    if (a.key == key) return &a;
  return nullptr;
}

std::vector<std::string> corsMethods(const Service& service) {
  const Cors& cors = model(service).settings.cors;
  if (!cors.fillMethods) return cors.allowedMethods;
  std::vector<std::string> out = {"OPTIONS"};
  auto add = [&](const std::string& m) {
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  };
  for (const auto& [fn, event] : events(service)) {
    if (event.method == "ANY") {
      for (const char* m : {"GET", "POST", "PUT", "PATCH", "OPTIONS", "HEAD", "DELETE"}) add(m);
    } else {
      add(event.method);
    }
  }
  return out;
}

}  // namespace slsc::httpapi
