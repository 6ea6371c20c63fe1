// rabbitmq family: its part of the model, every `rabbitmq` event of the service's functions.
#pragma once

#include "events/event_source/broker_model.h"

namespace slsc::rabbitmq {

using Model = eventsource::BrokerModel;

}  // namespace slsc::rabbitmq
