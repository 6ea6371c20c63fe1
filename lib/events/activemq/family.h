// activemq: the Serverless Framework's `activemq` events (Amazon MQ for ActiveMQ brokers), an
// AWS::Lambda::EventSourceMapping each; lib/events/event_source/broker.* builds them.
#pragma once

#include "events/registry.h"

namespace slsc::activemq {

EventFamily family();

}  // namespace slsc::activemq
