// What the httpApi compile units share: the events with their functions, the API they belong
// to, and the resources' common shape.
#pragma once

#include <string>
#include <vector>

#include "compile/context.h"
#include "events/apigateway/arns.h"
#include "events/http_api/model.h"

namespace slsc::httpapi {

struct EventRef {
  const Function& fn;
  const Event& event;
};

const Model& model(const Service& service);
// Every httpApi event, function by function, in the order written.
std::vector<EventRef> events(const Service& service);
bool usesExistingApi(const Service& service);
// The API's id: a Ref to HttpApi, or provider.httpApi.id as written.
Json apiId(CompileContext& context);
// The permission that lets the API invoke `functionName` (SourceArn <api>/*, as the
// reference's).
Json permission(CompileContext& context, Json functionName, std::vector<std::string> dependsOn);
// The routes by route key, as the reference's Map keeps them: in first-seen order, a later
// '*' replacing an earlier one's event.
std::vector<EventRef> routes(const Service& service);
const Authorizer* authorizer(const Service& service, const std::string& key);
// The CORS methods: as written, or OPTIONS then every route's method (ANY: all of them).
std::vector<std::string> corsMethods(const Service& service);

using apigateway::resource;

}  // namespace slsc::httpapi
