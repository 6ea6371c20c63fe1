// Shared pieces of the websocket compile units.
#include "events/websocket/common.h"

#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

std::string_view view(const Json& s) { return {s.GetString(), s.GetStringLength()}; }

}  // namespace

const Model& model(const Service& service) { return service.events.websocket; }

std::vector<EventRef> events(const Service& service) {
  std::vector<EventRef> out;
  for (const auto& event : model(service).events)
    out.push_back(EventRef{service.functions[event.function], event});
  return out;
}

bool usesExistingApi(const Service& service) {
  return model(service).settings.existingApiId.has_value();
}

Json defaultResponse(CompileContext& context, std::string_view type, std::string_view parentKey,
                     std::string_view parentId, std::string_view responseKey) {
  JsonFactory& json = context.json();
  Json properties = JsonObject(json)
                        .set("ApiId", apiId(context))
                        .set(parentKey, json.ref(parentId))
                        .set(responseKey, "$default")
                        .take();
  return resource(json, type, std::move(properties));
}

bool hasApi(const Service& service) {
  return !model(service).events.empty() || !model(service).directRoutes.empty();
}

apigateway::ApiRef api(const Service& service) {
  const auto& existing = model(service).settings.existingApiId;
  return apigateway::ApiRef{naming::kWebsocketsApi, existing ? &*existing : nullptr};
}

Json apiId(CompileContext& context) { return apigateway::apiId(context.json(), api(context.service)); }

Json executeApiArn(CompileContext& context, std::string_view suffix) {
  return apigateway::executeApiArn(context.json(), api(context.service), suffix);
}

Json managementEndpoint(CompileContext& context) {
  return apigateway::executeApiUrl(context.json(), "https", apiId(context), context.provider.stage);
}

bool refersToApi(const Service& service, const Json& resource) {
  const Json* properties = member(resource, "Properties");
  const Json* id = properties ? member(*properties, "ApiId") : nullptr;
  if (!id) return false;
  if (const auto& existing = model(service).settings.existingApiId) {
    return existing->isScalar() && id->IsString() && view(*id) == existing->text();
  }
  if (!id->IsObject() || id->MemberCount() != 1) return false;
  const auto& only = *id->MemberBegin();
  std::string_view function = view(only.name);
  if (function == "Ref" && only.value.IsString()) return view(only.value) == naming::kWebsocketsApi;
  if (function == "Fn::GetAtt" && only.value.IsArray() && !only.value.Empty() &&
      only.value[0].IsString())
    return view(only.value[0]) == naming::kWebsocketsApi;
  return false;
}

std::unordered_set<std::string> apiPartIds(const Service& service) {
  std::unordered_set<std::string> ids;
  if (!usesExistingApi(service)) ids.insert(std::string(naming::kWebsocketsApi));
  for (const auto& [fn, event] : events(service)) {
    ids.insert(naming::websocketsIntegration(fn.key));
    ids.insert(naming::websocketsRoute(event.route.value));
    if (event.routeResponse) ids.insert(naming::websocketsRouteResponse(event.route.value));
    for (const auto& m : event.request.models) ids.insert(naming::websocketsModel(event.route.value, m.key));
    if (event.authorizer) ids.insert(naming::websocketsAuthorizer(event.authorizer->name));
  }
  for (const auto& route : model(service).directRoutes) {
    ids.insert(naming::websocketsDirectIntegration(route.route.value));
    ids.insert(naming::websocketsRoute(route.route.value));
    if (route.response) {
      ids.insert(naming::websocketsRouteResponse(route.route.value));
      ids.insert(naming::websocketsIntegrationResponse(route.route.value));
    }
  }
  return ids;
}

std::unordered_set<std::string> familyIds(const Service& service) {
  std::unordered_set<std::string> ids = apiPartIds(service);
  ids.insert(std::string(naming::kWebsocketsStage));
  ids.insert(std::string(naming::kWebsocketsLogGroup));
  ids.insert(std::string(naming::kWebsocketsIntegrationRole));
  for (const auto& [fn, event] : events(service)) {
    ids.insert(naming::websocketsPermission(fn.key));
    if (event.authorizer) ids.insert(naming::websocketsPermission(event.authorizer->name));
  }
  return ids;
}

Json authorizerTarget(CompileContext& context, const Authorizer& authorizer) {
  if (authorizer.arn) return context.json().fromNode(*authorizer.arn);
  return context.lambdaTarget(*context.function(*authorizer.function));
}

}  // namespace slsc::websockets
