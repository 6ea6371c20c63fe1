// http, model: what API Gateway refuses at deploy time, or the reference refuses or loses,
// said at compile time with its position.
#include <fmt/format.h>

#include <map>

#include "events/http/common.h"
#include "events/http/family.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

// Features of `http` events not compiled yet: refused by name, never dropped.
void reportUnsupported(const Service& service, Diagnostics& diagnostics) {
  const Settings& s = model(service).settings;
  if (s.restApiResources)
    diagnostics.error(s.restApiIdAt, "event-unsupported",
                      "provider.apiGateway.restApiResources is not supported yet");
}

void checkExistingApi(const Settings& s, Diagnostics& diagnostics) {
  if (!s.restApiId) return;
  if (!s.restApiRootResourceId)
    diagnostics.error(s.restApiIdAt, "http-root-resource-missing",
                      "provider.apiGateway.restApiId needs restApiRootResourceId too (the id of "
                      "the existing API's root resource)");
  if (s.logs.enabled)
    diagnostics.error(s.logs.at, "http-existing-api-setting",
                      "provider.logs.restApi has no effect on an existing API "
                      "(provider.apiGateway.restApiId); remove it");
  if (s.tracing)
    diagnostics.error(s.tracingAt, "http-existing-api-setting",
                      "provider.tracing.apiGateway has no effect on an existing API "
                      "(provider.apiGateway.restApiId); remove it");
}

void checkHttpEvents(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> methods;  // by logical id
  std::map<std::string, std::string> resources;  // logical id → path
  for (const auto& [fn, event] : events(service)) {
    if (event.integration != "AWS" && event.integration != "AWS_PROXY" &&
        event.integration != "HTTP" && event.integration != "HTTP_PROXY" &&
        event.integration != "MOCK")
      diagnostics.error(event.at, "http-integration-unknown",
                        fmt::format("unknown integration '{}'", event.integration));
    if ((event.integration == "HTTP" || event.integration == "HTTP_PROXY") && !event.uri)
      diagnostics.error(event.at, "http-uri-missing",
                        fmt::format("the {} integration needs request.uri", event.integration));
    if (event.connectionType == std::optional<std::string>("VPC_LINK") && !event.connectionId)
      diagnostics.error(event.at, "http-connection-id-missing",
                        "connectionType: vpc-link needs a connectionId");
    std::string id = naming::restApiMethod(event.path, event.method);
    auto [it, fresh] = methods.emplace(id, &event);
    if (!fresh)
      diagnostics.error(event.at, "http-route-duplicate",
                        fmt::format("{} /{} is declared twice (line {} too): API Gateway has one "
                                    "method per path and verb",
                                    event.method, event.path, it->second->at.line));
    std::string path;
    for (std::size_t i = 0; i <= event.path.size() && !event.path.empty(); ++i) {
      if (i != event.path.size() && event.path[i] != '/') continue;
      path = event.path.substr(0, i);
      auto [r, added] = resources.emplace(naming::restApiResource(path), path);
      if (!added && r->second != path)
        diagnostics.error(event.at, "http-path-collision",
                          fmt::format("paths '{}' and '{}' make the same logical id '{}'; "
                                      "rename one",
                                      r->second, path, r->first));
    }
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  if (model(service).events.empty()) return;
  reportUnsupported(service, diagnostics);
  checkExistingApi(model(service).settings, diagnostics);
  checkHttpEvents(service, diagnostics);
}

}  // namespace slsc::http
