// http, model: what API Gateway refuses at deploy time, or the reference refuses or loses,
// said at compile time with its position.
#include <fmt/format.h>

#include <map>

#include "events/http/common.h"
#include "events/http/family.h"
#include "naming/http.h"

namespace slsc::http {
namespace {

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

// Two path parameters under one parent (`users/{id}` and `users/{userId}/orders`): API Gateway
// refuses the second resource ("A sibling ({id}) of this resource already has a variable path
// part").
void checkPathParameters(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, std::pair<std::string, const Event*>> variable;  // parent → part, event
  for (const auto& [fn, event] : events(service)) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= event.path.size() && !event.path.empty(); ++i) {
      if (i != event.path.size() && event.path[i] != '/') continue;
      std::string part = event.path.substr(start, i - start);
      std::string parent = start == 0 ? "" : event.path.substr(0, start - 1);
      start = i + 1;
      if (part.empty() || part.front() != '{') continue;
      auto [it, fresh] = variable.emplace(parent, std::make_pair(part, &event));
      if (!fresh && it->second.first != part)
        diagnostics.error(event.at, "http-path-parameter-conflict",
                          fmt::format("'/{}' names the path parameter {} where '/{}' (line {}) "
                                      "names {}: API Gateway allows one variable part per parent; "
                                      "use one name",
                                      event.path, part, it->second.second->path,
                                      it->second.second->at.line, it->second.first));
    }
  }
}

bool sameCors(const Cors& a, const Cors& b) {
  return a.origin == b.origin && a.origins == b.origins && a.headers == b.headers &&
         a.allowCredentials == b.allowCredentials && a.maxAge == b.maxAge &&
         a.cacheControl == b.cacheControl;
}

// One path has one preflight: the reference merges the CORS settings of its methods, so that
// what one method allows, every method of the path allows. A warning: the deploy works, the
// per-method difference is what is lost.
void checkCors(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> first;
  for (const auto& [fn, event] : events(service)) {
    if (!event.cors) continue;
    auto [it, fresh] = first.emplace(event.path, &event);
    if (fresh || sameCors(*it->second->cors, *event.cors)) continue;
    diagnostics.warning(event.at, "http-cors-differs",
                      fmt::format("the CORS settings of {} /{} differ from those of {} /{} "
                                  "(line {}): a path has one preflight, which would merge them "
                                  "(origins, headers, credentials) for every method; give the "
                                  "path's methods the same 'cors'",
                                  event.method, event.path, it->second->method, it->second->path,
                                  it->second->at.line));
  }
}

void checkAuthorizers(const Service& service, Diagnostics& diagnostics) {
  const Settings& s = model(service).settings;
  bool keys = s.apiKeys || s.usagePlan;
  for (const auto& [fn, event] : events(service)) {
    if (event.isPrivate && !keys)
      diagnostics.error(event.at, "http-private-without-keys",
                        fmt::format("{} /{} is private (it requires an API key), but "
                                    "provider.apiGateway has no apiKeys or usagePlan: no key "
                                    "could call it",
                                    event.method, event.path));
    if (!event.authorizer || !event.authorizer->isIam()) continue;
    const Authorizer& a = *event.authorizer;
    if (!a.name.empty() || a.arn)
      diagnostics.error(a.at, "http-authorizer-iam-conflict",
                        "this authorizer says type: aws_iam and names an authorizer too; IAM "
                        "authorization uses no authorizer, so the name or arn would be ignored: "
                        "keep one of them");
  }
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  if (model(service).events.empty()) return;
  checkExistingApi(model(service).settings, diagnostics);
  checkHttpEvents(service, diagnostics);
  checkPathParameters(service, diagnostics);
  checkCors(service, diagnostics);
  checkAuthorizers(service, diagnostics);
}

}  // namespace slsc::http
