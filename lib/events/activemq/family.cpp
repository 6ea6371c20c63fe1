// activemq: the family's row, over the Amazon MQ families' shared implementation.
#include "events/activemq/family.h"

#include "events/event_source/broker.h"

namespace slsc::activemq {
namespace {

constexpr eventsource::BrokerKind kKind{"activemq", "ActiveMQ", false, &EventModels::activemq};

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  eventsource::buildBrokerEvents(kKind, in, service, diagnostics);
}
void checkModel(const Service& service, Diagnostics& diagnostics) {
  eventsource::checkBrokerEvents(kKind, service, diagnostics);
}
void contribute(CompileContext& context, Contributions& out) {
  eventsource::contributeBrokers(kKind, context, out);
}
void compile(CompileContext& context) { eventsource::compileBrokers(kKind, context); }

}  // namespace

EventFamily family() {
  return EventFamily{.key = "activemq",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = checkModel,
                     .contribute = contribute,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::activemq
