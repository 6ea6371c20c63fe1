// What the websocket compile units share: the events with their functions, the API they
// belong to, and the resources' common shape.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "compile/context.h"
#include "events/apigateway/arns.h"
#include "events/websocket/model.h"

namespace slsc::websockets {

struct EventRef {
  const Function& fn;
  const Event& event;
};

const Model& model(const Service& service);
// Every websocket event, function by function, in the order written.
std::vector<EventRef> events(const Service& service);
bool usesExistingApi(const Service& service);
// Whether the service has a websocket API: a websocket event, or a direct route.
bool hasApi(const Service& service);

// The API: WebsocketsApi, or provider.apiGateway.websocketApiId.
apigateway::ApiRef api(const Service& service);
// Its id: a Ref to WebsocketsApi, or the existing id as written.
Json apiId(CompileContext& context);
// arn:…:execute-api:<region>:<account>:<api id><suffix>.
Json executeApiArn(CompileContext& context, std::string_view suffix);
// https://<api id>.execute-api.<region>.<suffix>/<stage>: the management endpoint, where
// handlers post to connections.
Json managementEndpoint(CompileContext& context);
// Whether a resource's Properties.ApiId names this API (a Ref or GetAtt of WebsocketsApi, or
// the existing API's id as written).
bool refersToApi(const Service& service, const Json& resource);

// The ids of the API's own parts, which a deployment deploys: the API, integrations, route
// responses, authorizers and routes.
std::unordered_set<std::string> apiPartIds(const Service& service);
// Every id the family writes.
std::unordered_set<std::string> familyIds(const Service& service);

// The Lambda ARN an authorizer invokes: its function's target, or the ARN it was given.
Json authorizerTarget(CompileContext& context, const Authorizer& authorizer);

// A $default response: a RouteResponse of route `parentId` ("RouteId"), or an
// IntegrationResponse of integration `parentId` ("IntegrationId").
Json defaultResponse(CompileContext& context, std::string_view type, std::string_view parentKey,
                     std::string_view parentId, std::string_view responseKey);

using apigateway::resource;

}  // namespace slsc::websockets
