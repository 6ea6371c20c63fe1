// The registry's rows, and each step run over them.
#include "events/registry.h"

#include "events/apigateway/build.h"
#include "events/cloudwatch_log/family.h"
#include "events/http/family.h"
#include "events/http_api/family.h"
#include "events/s3/family.h"
#include "events/sns/family.h"
#include "events/websocket/family.h"

namespace slsc {
namespace {

// In the reference's plugin order (lib/plugins/index.js of the Serverless Framework v3).
const EventFamily kFamilies[] = {
    s3::family(),
    http::family(),
    websockets::family(),
    sns::family(),
    cloudwatchlog::family(),
    httpapi::family(),
};

}  // namespace

std::span<const EventFamily> eventFamilies() { return kFamilies; }

void buildEventSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  service.events.apiGateway = apigateway::buildSettings(provider, diagnostics);
  for (const auto& f : kFamilies)
    if (f.buildSettings) f.buildSettings(provider, service, diagnostics);
}

void buildFunctionEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  for (const auto& f : kFamilies)
    if (f.buildEvents) f.buildEvents(in, service, diagnostics);
}

void checkEvents(const Service& service, Diagnostics& diagnostics) {
  for (const auto& f : kFamilies)
    if (f.check) f.check(service, diagnostics);
}

Contributions contributeEvents(CompileContext& context) {
  Contributions out;
  for (const auto& f : kFamilies)
    if (f.contribute) f.contribute(context, out);
  return out;
}

void compileEvents(CompileContext& context) {
  for (const auto& f : kFamilies)
    if (f.compile) f.compile(context);
}

void addEventEnvironment(CompileContext& context, const Function& fn, JsonObject& variables) {
  for (const auto& f : kFamilies)
    if (f.environment) f.environment(context, fn, variables);
}

void checkEventQuotas(const Service& service, const Template& out, Diagnostics& diagnostics) {
  for (const auto& f : kFamilies)
    if (f.quotas) f.quotas(service, out, diagnostics);
}

std::string_view routeFamily(std::string_view id) {
  for (const auto& f : kFamilies)
    if (f.isRoute && f.isRoute(id)) return f.key;
  return {};
}

}  // namespace slsc
