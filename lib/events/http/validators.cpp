// http: request validation — the service's one RequestValidator, used by every method with a
// required request parameter or a request schema, and the models of those schemas (the event's
// own, or a model of provider.apiGateway.request.schemas named by the event).
#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

bool requiresParameters(const Event& e) {
  for (const auto& [key, value] : e.requestParameters) {
    if (value.isMap()) {
      const Node* required = value.get("required");
      if (!required || required->asBool() != std::optional<bool>(false)) return true;
    } else if (value.asBool() == std::optional<bool>(true)) {
      return true;
    }
  }
  return false;
}

// The validator, created once, where the first method that needs it is compiled.
std::string validator(CompileContext& context) {
  std::string id = naming::restApiRequestValidator(context.service.name);
  if (context.out.resources().find(id)) return id;
  JsonFactory& json = context.json();
  Json properties = JsonObject(json)
                        .set("RestApiId", restApiId(context))
                        .set("ValidateRequestBody", json.boolean(true))
                        .set("ValidateRequestParameters", json.boolean(true))
                        .set("Name", context.service.name + "-" + context.provider.stage +
                                         " | Validate request body and querystring parameters")
                        .take();
  context.out.addResource(id, resource(json, "AWS::ApiGateway::RequestValidator", std::move(properties)),
                          context.serviceLocation());
  return id;
}

void putModel(CompileContext& context, const std::string& id, Json properties, const Location& at) {
  Json model = resource(context.json(), "AWS::ApiGateway::Model", std::move(properties));
  if (TemplateEntry* existing = context.out.resources().find(id)) {
    existing->value = Json(model, context.out.allocator());
    return;
  }
  context.out.addResource(id, std::move(model), at);
}

// A model of provider.apiGateway.request.schemas: {schema, name, description} or the schema.
std::string providerModel(CompileContext& context, const std::string& name, const Node& config) {
  JsonFactory& json = context.json();
  const Node* schema = config.isMap() ? config.get("schema") : nullptr;
  JsonObject properties(json);
  properties.set("RestApiId", json.ref(naming::kRestApi))
      .set("Schema", json.fromNode(schema ? *schema : config))
      .set("ContentType", "application/json");
  if (schema) {
    if (const Node* n = config.get("name"); n && n->isScalar()) properties.set("Name", n->text());
    if (const Node* d = config.get("description"); d && d->isScalar()) properties.set("Description", d->text());
  }
  std::string id = naming::restApiModel(name);
  putModel(context, id, properties.take(), config.location());
  return id;
}

std::string endpointModel(CompileContext& context, const std::string& methodId,
                          const std::string& contentType, const Node& config) {
  JsonFactory& json = context.json();
  const Node* schema = config.isMap() ? config.get("schema") : nullptr;
  JsonObject properties(json);
  properties.set("RestApiId", restApiId(context))
      .set("ContentType", contentType)
      .set("Schema", json.fromNode(schema ? *schema : config));
  if (schema) {
    if (const Node* n = config.get("name"); n && n->isScalar()) properties.set("Name", n->text());
    if (const Node* d = config.get("description"); d && d->isScalar()) properties.set("Description", d->text());
  }
  std::string id = naming::restApiEndpointModel(methodId, contentType);
  putModel(context, id, properties.take(), config.location());
  return id;
}

void setProperty(CompileContext& context, const std::string& methodId, std::string_view key, Json value) {
  TemplateEntry* method = context.out.resources().find(methodId);
  Json* properties = method ? const_cast<Json*>(member(method->value, "Properties")) : nullptr;
  if (!properties) return;
  setMember(*properties, key, Json(value, context.out.allocator()), context.out.allocator());
}

}  // namespace

void compileRequestValidators(CompileContext& context) {
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  for (const auto& [fn, e] : events(context.service)) {
    std::string methodId = naming::restApiMethod(e.path, e.method);
    std::optional<std::string> validatorId;
    if (requiresParameters(e)) {
      validatorId = validator(context);
      setProperty(context, methodId, "RequestValidatorId", json.ref(*validatorId));
    }
    if (!e.requestSchemas) continue;
    Json models(rapidjson::kObjectType);
    for (const auto& entry : e.requestSchemas->entries()) {
      if (!validatorId) validatorId = validator(context);
      const Node* shared = entry.value.isScalar() && s.requestSchemas ? s.requestSchemas->get(entry.value.text()) : nullptr;
      std::string modelId = shared ? providerModel(context, entry.value.text(), *shared)
                                   : endpointModel(context, methodId, entry.key, entry.value);
      setMember(models, entry.key, json.ref(modelId), json.allocator());
    }
    setProperty(context, methodId, "RequestValidatorId", json.ref(*validatorId));
    if (models.MemberCount() > 0) setProperty(context, methodId, "RequestModels", std::move(models));
  }
}

}  // namespace slsc::http
