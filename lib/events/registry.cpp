// The registry's rows, and each step run over them.
#include "events/registry.h"

#include "events/activemq/family.h"
#include "events/alb/family.h"
#include "events/alexa_skill/family.h"
#include "events/alexa_smart_home/family.h"
#include "events/apigateway/build.h"
#include "events/cloud_front/family.h"
#include "events/cloudwatch_event/family.h"
#include "events/cloudwatch_log/family.h"
#include "events/cognito_user_pool/family.h"
#include "events/event_bridge/family.h"
#include "events/http/family.h"
#include "events/http_api/family.h"
#include "events/iot/family.h"
#include "events/iot_fleet_provisioning/family.h"
#include "events/kafka/family.h"
#include "events/msk/family.h"
#include "events/rabbitmq/family.h"
#include "events/s3/family.h"
#include "events/schedule/family.h"
#include "events/sns/family.h"
#include "events/sqs/family.h"
#include "events/stream/family.h"
#include "events/websocket/family.h"

namespace slsc {
namespace {

// In the reference's plugin order (lib/plugins/index.js of the Serverless Framework v3).
const EventFamily kFamilies[] = {
    schedule::family(),
    s3::family(),
    http::family(),
    websockets::family(),
    sns::family(),
    stream::family(),
    kafka::family(),
    activemq::family(),
    rabbitmq::family(),
    msk::family(),
    alb::family(),
    alexaskill::family(),
    alexasmarthome::family(),
    iot::family(),
    iotfleet::family(),
    cloudwatchevent::family(),
    cloudwatchlog::family(),
    cognito::family(),
    eventbridge::family(),
    sqs::family(),
    cloudfront::family(),
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
