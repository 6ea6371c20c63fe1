// websocket, check: this API's routes and authorizers against API Gateway's limits; the
// family's own and the user's on this API are counted, other APIs' are not.
#include <fmt/format.h>

#include <unordered_set>

#include "events/websocket/common.h"
#include "events/websocket/family.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

constexpr std::size_t kMaxRoutes = 300;
constexpr std::size_t kMaxAuthorizers = 10;

bool hasType(const Json& resource, std::string_view type) {
  const Json* t = member(resource, "Type");
  return t && t->IsString() && std::string_view(t->GetString(), t->GetStringLength()) == type;
}

// This API's resources of `type` in the finished template.
std::size_t countOnApi(const Service& service, const Template& out,
                       const std::unordered_set<std::string>& ours, std::string_view type) {
  std::size_t n = 0;
  for (const auto& entry : out.resources().entries())
    if (hasType(entry.value, type) && (ours.count(entry.id) || refersToApi(service, entry.value)))
      ++n;
  return n;
}

}  // namespace

void checkQuotas(const Service& service, const Template& out, Diagnostics& diagnostics) {
  Location at;
  if (!out.resources().entries().empty()) at = out.resources().entries().front().origin;
  std::unordered_set<std::string> ours = apiPartIds(service);
  auto over = [&](std::size_t count, std::size_t limit, std::string_view what,
                  std::string_view code) {
    if (count <= limit) return;
    diagnostics.warning(at, std::string(code),
                        fmt::format("the template has {} {}, more than the {} API Gateway "
                                    "accepts; the deploy will fail",
                                    count, what, limit));
  };
  over(countOnApi(service, out, ours, "AWS::ApiGatewayV2::Route"), kMaxRoutes, "websocket routes",
       "quota-routes");
  over(countOnApi(service, out, ours, "AWS::ApiGatewayV2::Authorizer"), kMaxAuthorizers,
       "websocket authorizers", "quota-authorizers");
}

}  // namespace slsc::websockets
