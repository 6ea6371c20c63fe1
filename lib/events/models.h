// The event families' parts of the model: one member per family, typed in the family's own
// header, and what the API Gateway families share. Service holds one of these.
#pragma once

#include "events/activemq/model.h"
#include "events/alb/model.h"
#include "events/alexa_skill/model.h"
#include "events/alexa_smart_home/model.h"
#include "events/apigateway/model.h"
#include "events/cloudwatch_event/model.h"
#include "events/cloudwatch_log/model.h"
#include "events/cognito_user_pool/model.h"
#include "events/event_bridge/model.h"
#include "events/http/model.h"
#include "events/http_api/model.h"
#include "events/iot/model.h"
#include "events/iot_fleet_provisioning/model.h"
#include "events/kafka/model.h"
#include "events/msk/model.h"
#include "events/rabbitmq/model.h"
#include "events/s3/model.h"
#include "events/schedule/model.h"
#include "events/sns/model.h"
#include "events/sqs/model.h"
#include "events/stream/model.h"
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
  alb::Model alb;
  alexaskill::Model alexaSkill;
  alexasmarthome::Model alexaSmartHome;
  iot::Model iot;
  iotfleet::Model iotFleetProvisioning;
  cognito::Model cognitoUserPool;
  stream::Model stream;
  kafka::Model kafka;
  activemq::Model activemq;
  rabbitmq::Model rabbitmq;
  msk::Model msk;
  sqs::Model sqs;
  s3::Model s3;
  sns::Model sns;
  cloudwatchlog::Model cloudwatchLog;
};

}  // namespace slsc
