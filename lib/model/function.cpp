// model: one function under `functions:`.
#include <fmt/format.h>

#include "model/builders.h"
#include "model/fields.h"

namespace slsc {
namespace {

void readSettings(const Fields& fields, const Provider& provider, Function& fn) {
  fn.runtime = fields.text("runtime").value_or(provider.runtime);
  fn.memorySize = fields.integer("memorySize").value_or(provider.memorySize.value_or(1024));
  fn.timeout = fields.integer("timeout").value_or(provider.timeout.value_or(6));
  fn.description = fields.text("description");
  fn.environment = provider.environment;
  assignEntries(fn.environment, fields.stringEntries("environment"));
  fn.tags = provider.tags;
  assignEntries(fn.tags, fields.stringEntries("tags"));
  fn.role = fields.copy("role");
  fn.architecture = fields.text("architecture");
  if (!fn.architecture) fn.architecture = provider.architecture;
  fn.layers = fields.copy("layers");
  if (!fn.layers) fn.layers = provider.layers;
  fn.vpc = fields.copy("vpc");
  fn.reservedConcurrency = fields.copy("reservedConcurrency");
  fn.provisionedConcurrency = fields.copy("provisionedConcurrency");
  fn.snapStart = fields.boolean("snapStart").value_or(false);
  fn.logRetentionInDays = fields.integer("logRetentionInDays");
  if (!fn.logRetentionInDays) fn.logRetentionInDays = provider.logRetentionInDays;
  fn.disableLogs = fields.boolean("disableLogs").value_or(false);
  fn.versionFunction = fields.boolean("versionFunction");
  fn.condition = fields.copy("condition");
  fn.dependsOn = fields.copy("dependsOn");
}

void readArtifact(const Node& settings, const Service& service, Function& fn,
                  Diagnostics& diagnostics) {
  if (const Node* package = settings.get("package"); package && package->isMap())
    fn.artifact = Fields(*package, diagnostics).text("artifact").value_or("");
  if (fn.artifact.empty()) fn.artifact = service.artifact;
}

}  // namespace

std::optional<Function> buildFunction(const MapEntry& entry, const Service& service,
                                      const Node& functions, Diagnostics& diagnostics) {
  const Node& settings = entry.value;
  Location keyAt = entry.keyAt;
  keyAt.length = static_cast<int>(entry.key.size());
  if (!settings.isMap()) {
    diagnostics.error(settings.isNull() ? keyAt : settings.location(), "function-not-a-map",
                      fmt::format("function '{}' must be a map of settings with at least a "
                                  "'handler'",
                                  entry.key));
    return std::nullopt;
  }
  Fields fields(settings, diagnostics);
  Function fn;
  fn.key = entry.key;
  fn.at = keyAt;
  fn.handler = fields.text("handler").value_or("");
  fn.image = fields.copy("image");
  if (fn.handler.empty() && !fn.image) {
    diagnostics.error(keyAt, "function-no-handler",
                      fmt::format("function '{}' has neither a 'handler' nor an 'image'",
                                  entry.key));
  }
  fn.name = fields.text("name").value_or(
      fmt::format("{}-{}-{}", service.name, service.provider.stage, entry.key));
  readSettings(fields, service.provider, fn);
  readArtifact(settings, service, fn, diagnostics);
  if (const Node* events = fields.node("events")) {
    if (!events->isSeq()) {
      diagnostics.error(events->location(), "type-mismatch",
                        fmt::format("'events' of function '{}' must be a list", entry.key));
    } else {
      fn.websockets = buildWebsocketEvents(*events, functions, diagnostics);
    }
  }
  return fn;
}

}  // namespace slsc
