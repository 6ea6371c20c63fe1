// The event families' parts of the model: one member per family, typed in the family's own
// header, and what the API Gateway families share. Service holds one of these.
#pragma once

#include "events/apigateway/model.h"
#include "events/cloudwatch_event/model.h"
#include "events/event_bridge/model.h"
#include "events/http/model.h"
#include "events/http_api/model.h"
#include "events/schedule/model.h"
#include "events/websocket/model.h"

namespace slsc {

struct EventModels {
  apigateway::Settings apiGateway;
  schedule::Model schedule;
  cloudwatchevent::Model cloudwatchEvent;
  eventbridge::Model eventBridge;
  http::Model http;
  websockets::Model websocket;
  httpapi::Model httpApi;
};

}  // namespace slsc
