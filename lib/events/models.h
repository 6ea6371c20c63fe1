// The event families' parts of the model: one member per family, typed in the family's own
// header, and what the API Gateway families share. Service holds one of these.
#pragma once

#include "events/apigateway/model.h"
#include "events/cloudwatch_log/model.h"
#include "events/http/model.h"
#include "events/http_api/model.h"
#include "events/s3/model.h"
#include "events/sns/model.h"
#include "events/websocket/model.h"

namespace slsc {

struct EventModels {
  apigateway::Settings apiGateway;
  http::Model http;
  websockets::Model websocket;
  httpapi::Model httpApi;
  s3::Model s3;
  sns::Model sns;
  cloudwatchlog::Model cloudwatchLog;
};

}  // namespace slsc
