// model: the whole service, part by part.
#include <fmt/format.h>

#include "events/registry.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc {
namespace {

std::optional<Named> serviceName(const Node& root, Diagnostics& diagnostics) {
  const Node* service = root.get("service");
  if (!service || service->isNull()) {
    diagnostics.error(root.location(), "service-missing", "the service has no 'service' name");
    return std::nullopt;
  }
  // The old form `service: {name: x}` is still accepted by the reference.
  if (service->isMap()) {
    if (const Node* name = service->get("name"); name && name->isScalar())
      return Named{name->text(), valueLocation(*name)};
  }
  if (!service->isScalar()) {
    diagnostics.error(service->location(), "type-mismatch", "'service' must be a string");
    return std::nullopt;
  }
  return Named{service->text(), valueLocation(*service)};
}

void readPackage(const Node& root, Service& service, Diagnostics& diagnostics) {
  service.useDotenv = root.get("useDotenv") && root.get("useDotenv")->asBool() == true;
  if (const Node* plugins = root.get("plugins"); plugins && plugins->isMap())
    if (const Node* local = plugins->get("localPath"); local && local->isScalar())
      service.pluginsLocalPath = local->text();
  const Node* package = root.get("package");
  if (!package || !package->isMap()) return;
  Fields fields(*package, diagnostics);
  service.artifact = fields.text("artifact").value_or("");
  if (const Node* artifact = fields.node("artifact")) service.artifactAt = valueLocation(*artifact);
  service.individually = fields.boolean("individually").value_or(false);
  service.excludeDevDependencies = fields.boolean("excludeDevDependencies").value_or(true);
  service.package = readPackageSettings(*package);
}

// lodash's merge, as the reference merges `functions:` fragments (one function's settings may
// be written in two): maps merge key by key, anything else is replaced.
void mergeMaps(Node& into, const Node& from) {
  for (const auto& e : from.entries()) {
    Node* existing = into.get(e.key);
    if (existing && existing->isMap() && e.value.isMap()) {
      mergeMaps(*existing, e.value);
    } else {
      into.set(e.key, e.keyAt, e.value);
    }
  }
}

// `functions:` may be a list of maps (often one ${file()} each), merged in order as the
// reference merges them: the written map itself, or the merge, which the model keeps.
NodeRef functionsMap(const Node& functions, Diagnostics& diagnostics) {
  if (functions.isMap()) return NodeRef::to(&functions);
  if (!functions.isSeq()) {
    diagnostics.error(functions.location(), "type-mismatch",
                      "'functions' must be a map of function name to settings");
    return std::nullopt;
  }
  Node merged = Node::map(functions.location());
  for (const auto& part : functions.items()) {
    if (part.isNull()) continue;
    if (!part.isMap()) {
      diagnostics.error(part.location(), "type-mismatch",
                        "each item of a 'functions' list must be a map of function name to settings");
      continue;
    }
    mergeMaps(merged, part);
  }
  return NodeRef(std::move(merged));
}

// What the reference builds that sls-compile does not: said, so that nothing is lost quietly.
// Top-level `layers:` (the framework zips and publishes them) is an error: functions that use
// them would point at nothing. Plugins are not run, so what they add is missing: a warning.
void reportUnsupported(const Node& root, Compat compat, Diagnostics& diagnostics) {
  if (const MapEntry* layers = root.entry("layers");
      layers && layers->value.isMap() && !layers->value.entries().empty())
    diagnostics.error(keyLocation(*layers), "layers-unsupported",
                      "'layers' (Lambda layers the framework packages and publishes) is not "
                      "compiled by sls-compile; publish the layer separately and give its ARN in "
                      "the functions' 'layers'");
  const MapEntry* plugins = root.entry("plugins");
  if (!plugins) return;
  const Node* list = &plugins->value;
  if (list->isMap()) list = list->get("modules");  // {localPath, modules}
  if (!list || !list->isSeq() || list->items().empty()) return;
  std::string names;
  for (const auto& item : list->items()) {
    // What these plugins do is compiled here (legacy.cpp, pseudo_parameters.cpp;
    // function_role.cpp, lambda_role.cpp).
    // Compat mode drops the roles plugin's settings, as the reference without it does.
    if (!item.isScalar() || item.text() == "serverless-pseudo-parameters" ||
        (item.text() == "serverless-iam-roles-per-function" && compat != Compat::ServerlessV3))
      continue;
    names += (names.empty() ? "" : ", ") + item.text();
  }
  if (names.empty()) return;
  diagnostics.warning(keyLocation(*plugins), "plugins-not-run",
                      fmt::format("plugins are not run by sls-compile ({}): what they would add "
                                  "to the template or change in it is missing",
                                  names));
}

}  // namespace

const Node& providerSection(const Node& root) {
  static const Node empty = Node::map({});
  const Node* node = root.get("provider");
  return node && node->isMap() ? *node : empty;
}

Location valueLocation(const Node& value) {
  Location at = value.location();
  if (value.isScalar()) at.length = static_cast<int>(value.text().size());
  return at;
}

namespace {

void appendGlobs(const Node* list, std::vector<PackagePattern>& into) {
  if (!list || !list->isSeq()) return;
  for (const auto& item : list->items())
    if (item.isScalar() && !item.isNull()) into.push_back({item.text(), valueLocation(item)});
}

}  // namespace

PackageSettings readPackageSettings(const Node& package) {
  PackageSettings settings;
  appendGlobs(package.get("include"), settings.include);
  appendGlobs(package.get("patterns"), settings.include);
  appendGlobs(package.get("exclude"), settings.exclude);
  return settings;
}

Location keyLocation(const MapEntry& e) {
  Location at = e.keyAt;
  at.length = static_cast<int>(e.key.size());
  return at;
}

std::optional<Service> buildModel(const Node& root, const ModelContext& context,
                                  Diagnostics& diagnostics) {
  if (!root.isMap()) {
    diagnostics.error(root.location(), "service-not-a-map",
                      root.isNull() ? "the service file is empty"
                                    : "the service file must be a map of settings, not " +
                                          root.describe());
    return std::nullopt;
  }
  Service service;
  service.at = root.location();
  service.file = context.file;
  service.serviceDir = context.serviceDir;
  service.compat = context.compat;
  if (auto name = serviceName(root, diagnostics)) {
    service.name = name->value;
    service.nameAt = name->at;
  }
  service.provider = buildProvider(root, context, diagnostics);
  buildEventSettings(providerSection(root), service, diagnostics);
  readPackage(root, service, diagnostics);
  reportUnsupported(root, service.compat, diagnostics);
  readLegacyForms(root, service, diagnostics);
  if (const Node* resources = root.get("resources"); resources && !resources->isNull())
    service.resources = NodeRef::to(resources);

  const Node* written = root.get("functions");
  if (written && !written->isNull()) service.functionsWritten = functionsMap(*written, diagnostics);
  if (const NodeRef& functions = service.functionsWritten) {
    // One allocation of the right size: a growing vector moves every function at each doubling
    // and keeps up to twice the room it needs.
    service.functions.reserve(functions->entries().size());
    for (const auto& entry : functions->entries()) {
      auto fn = buildFunction(entry, service, *functions, diagnostics);
      if (!fn) continue;
      std::size_t index = service.functions.size();
      service.functions.push_back(std::move(*fn));
      if (const Node* events = entry.value.get("events"); events && events->isSeq())
        buildFunctionEvents(FunctionEvents{*events, index, *functions, entry.value}, service, diagnostics);
    }
  }
  checkService(service, diagnostics);
  if (!diagnostics.hasErrors()) checkNameLengths(service, diagnostics);
  if (diagnostics.hasErrors()) return std::nullopt;
  checkRuntimes(service, context.today, diagnostics);
  return service;
}

}  // namespace slsc
