// iotFleetProvisioning: the family's row; the model (one event per function, the reference
// refuses two), and its unit: the provisioning template, then the permission it depends on.
#include "events/iot_fleet_provisioning/family.h"

#include <fmt/format.h>

#include "events/event_source/permission.h"
#include "model/fields.h"
#include "naming/iot.h"

namespace slsc::iotfleet {
namespace {

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  std::optional<Location> first;
  eventsource::forEachEvent(in, "iotFleetProvisioning", [&](const Node& value,
                                                            const Location& at) {
    if (first) {
      diagnostics.error(at, "iot-fleet-provisioning-duplicate",
                        fmt::format("function '{}' has a second iotFleetProvisioning event "
                                    "(the first is on line {}): one provisioning template per "
                                    "function",
                                    key, first->line));
      return;
    }
    first = at;
    if (!value.isMap()) return;
    Fields fields(value, diagnostics);
    const Node* role = fields.node("provisioningRoleArn");
    const Node* body = fields.node("templateBody");
    if (!role || !body) return;  // the schema requires both
    Event e;
    e.function = in.function;
    e.at = at;
    e.provisioningRoleArn = *role;
    e.templateBody = *body;
    e.enabled = fields.boolean("enabled");
    e.templateName = fields.text("templateName");
    service.events.iotFleetProvisioning.events.push_back(std::move(e));
  });
}

// Default mode: the permission names this account, or this template when it has a name
// (the template depends on the permission, so it cannot name it by Ref).
void restrictSource(CompileContext& context, const Event& e, JsonObject& properties) {
  if (context.compat()) return;
  if (e.templateName)
    properties.set("SourceArn",
                   context.json().sub("arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:"
                                      "provisioningtemplate/" +
                                      *e.templateName));
  properties.set("SourceAccount", eventsource::thisAccount(context));
}

void compileTemplates(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& e : context.service.events.iotFleetProvisioning.events) {
    const Function& fn = context.service.functions[e.function];
    const std::string permission = naming::iotProvisioningTemplatePermission(fn.key);
    JsonObject properties(json);
    properties.set("Enabled", json.boolean(e.enabled.value_or(true)))
        .set("PreProvisioningHook",
             JsonObject(json).set("TargetArn", context.lambdaTarget(fn)).take())
        .set("ProvisioningRoleArn", json.fromNode(e.provisioningRoleArn))
        .set("TemplateBody", toCompactJson(json.fromNode(e.templateBody)));
    if (e.templateName) properties.set("TemplateName", *e.templateName);
    std::vector<Json> dependsOn;
    dependsOn.push_back(json.str(permission));
    if (auto alias = context.aliasId(fn)) dependsOn.push_back(json.str(*alias));
    context.out.addResource(naming::iotProvisioningTemplate(fn.key),
                            JsonObject(json)
                                .set("Type", "AWS::IoT::ProvisioningTemplate")
                                .set("Properties", properties.take())
                                .set("DependsOn", json.array(std::move(dependsOn)))
                                .take(),
                            e.at);
    JsonObject permissionProperties =
        eventsource::permissionProperties(context, fn, "iot.amazonaws.com");
    restrictSource(context, e, permissionProperties);
    context.out.addResource(permission,
                            eventsource::permission(context, fn, permissionProperties.take()),
                            e.at);
  }
}

void compile(CompileContext& context) {
  if (context.service.events.iotFleetProvisioning.events.empty()) return;
  runUnit(context, compileTemplates);
}

}  // namespace

EventFamily family() {
  return EventFamily{.key = "iotFleetProvisioning",
                     .buildSettings = nullptr,
                     .buildEvents = buildEvents,
                     .check = nullptr,
                     .contribute = nullptr,
                     .compile = compile,
                     .environment = nullptr,
                     .quotas = nullptr,
                     .isRoute = nullptr};
}

}  // namespace slsc::iotfleet
