// activemq family: its part of the model, every `activemq` event of the service's functions.
#pragma once

#include "events/event_source/broker_model.h"

namespace slsc::activemq {

using Model = eventsource::BrokerModel;

}  // namespace slsc::activemq
