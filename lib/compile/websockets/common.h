// What the websocket compile units share: the events in the order the service lists them,
// and the invocation URI API Gateway calls a Lambda function by.
#pragma once

#include <vector>

#include "compile/context.h"

namespace slsc::websockets {

struct EventRef {
  const Function& fn;
  const WebsocketEvent& event;
};

// Every websocket event, function by function, in the order written.
std::vector<EventRef> events(const Service& service);

// arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<target>/invocations
Json invocationUri(JsonFactory& json, Json target);

// The Lambda ARN an authorizer invokes: its function's target, or the ARN it was given.
Json authorizerTarget(CompileContext& context, const WebsocketAuthorizer& authorizer);

// `Type` then `Properties`, then DependsOn when there is one.
Json resource(JsonFactory& json, std::string_view type, Json properties,
              std::vector<std::string> dependsOn = {});

}  // namespace slsc::websockets
