// The Amazon MQ families (activemq, rabbitmq): one implementation, told apart by a BrokerKind.
// Each event is a mapping on a broker's queue; each function's role reads the brokers' user
// secrets, describes the brokers and manages the network interfaces.
#pragma once

#include <string_view>

#include "events/event_source/broker_model.h"
#include "events/registry.h"

namespace slsc::eventsource {

struct BrokerKind {
  std::string_view key;   // the event's key: activemq or rabbitmq
  std::string_view name;  // in logical ids: ActiveMQ or RabbitMQ
  bool virtualHost;       // the event takes virtualHost
  BrokerModel EventModels::*model;
};

void buildBrokerEvents(const BrokerKind& kind, const FunctionEvents& in, Service& service,
                       Diagnostics& diagnostics);
void checkBrokerEvents(const BrokerKind& kind, const Service& service, Diagnostics& diagnostics);
void contributeBrokers(const BrokerKind& kind, CompileContext& context, Contributions& out);
void compileBrokers(const BrokerKind& kind, CompileContext& context);

}  // namespace slsc::eventsource
