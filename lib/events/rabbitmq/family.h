// rabbitmq: the Serverless Framework's `rabbitmq` events (Amazon MQ for RabbitMQ brokers), an
// AWS::Lambda::EventSourceMapping each; lib/events/event_source/broker.* builds them.
#pragma once

#include "events/registry.h"

namespace slsc::rabbitmq {

EventFamily family();

}  // namespace slsc::rabbitmq
