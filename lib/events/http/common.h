// What the http compile units share: the events with their functions, the REST API they belong
// to, its resource tree, and the resources' common shape.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compile/context.h"
#include "events/apigateway/arns.h"
#include "events/http/model.h"

namespace slsc::http {

struct EventRef {
  const Function& fn;
  const Event& event;
};

const Model& model(const Service& service);
// Every http event, function by function, in the order written.
std::vector<EventRef> events(const Service& service);
bool usesExistingApi(const Service& service);

apigateway::ApiRef api(const Service& service);
// The REST API's id: a Ref to ApiGatewayRestApi, or provider.apiGateway.restApiId as written.
Json restApiId(CompileContext& context);
// The resource id provider.apiGateway.restApiResources gives `path`, when it gives one.
const Node* predefined(const Service& service, const std::string& path);
// The id of the resource at `path` ("" is the API's root resource).
Json resourceId(CompileContext& context, const std::string& path);

// Every path the API needs a resource for (each prefix of each event's path), in the order the
// reference writes them: tree by tree, each node before its children, in first-seen order.
std::vector<std::string> resourcePaths(const Service& service);

// The CORS preflight of each path, merged over its events as the reference merges them, in
// the order the paths are first seen.
std::vector<std::pair<std::string, Cors>> corsPreflights(const Service& service);

using apigateway::resource;

// The Lambda ARN an authorizer invokes: its function's target, or the ARN it was given.
Json authorizerTarget(CompileContext& context, const Authorizer& authorizer);

}  // namespace slsc::http
