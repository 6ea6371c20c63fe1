// Shared pieces of the http compile units.
#include "events/http/common.h"

#include <algorithm>
#include <memory>
#include <set>

#include "naming/http.h"

namespace slsc::http {
namespace {

// One node of the reference's resource tree: a path, its children in first-seen order.
struct PathNode {
  std::string path;
  std::vector<std::unique_ptr<PathNode>> children;
};

PathNode* child(PathNode& parent, const std::string& path) {
  for (auto& c : parent.children)
    if (c->path == path) return c.get();
  parent.children.push_back(std::make_unique<PathNode>(PathNode{path, {}}));
  return parent.children.back().get();
}

void preOrder(const PathNode& node, std::vector<std::string>& out) {
  if (!node.path.empty()) out.push_back(node.path);
  for (const auto& c : node.children) preOrder(*c, out);
}

void addUnion(std::vector<std::string>& into, const std::vector<std::string>& more) {
  for (const auto& item : more)
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
}

}  // namespace

const Model& model(const Service& service) { return service.events.http; }

std::vector<EventRef> events(const Service& service) {
  std::vector<EventRef> out;
  for (const auto& event : model(service).events)
    out.push_back(EventRef{service.functions[event.function], event});
  return out;
}

bool usesExistingApi(const Service& service) {
  return model(service).settings.restApiId.has_value();
}

apigateway::ApiRef api(const Service& service) {
  const auto& existing = model(service).settings.restApiId;
  return apigateway::ApiRef{naming::kRestApi, existing ? &*existing : nullptr};
}

Json restApiId(CompileContext& context) {
  return apigateway::apiId(context.json(), api(context.service));
}

const Node* predefined(const Service& service, const std::string& path) {
  for (const auto& [p, id] : model(service).settings.predefinedResources)
    if (p == path) return &id;
  return nullptr;
}

Json resourceId(CompileContext& context, const std::string& path) {
  JsonFactory& json = context.json();
  if (const Node* id = predefined(context.service, path)) return json.fromNode(*id);
  if (!path.empty()) return json.ref(naming::restApiResource(path));
  const Settings& s = model(context.service).settings;
  if (s.restApiId && s.restApiRootResourceId) return json.fromNode(*s.restApiRootResourceId);
  return json.getAtt(naming::kRestApi, "RootResourceId");
}

std::vector<std::string> resourcePaths(const Service& service) {
  PathNode root;
  for (const auto& event : model(service).events) {
    if (event.path.empty()) continue;
    PathNode* node = &root;
    std::string current;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= event.path.size(); ++i) {
      if (i != event.path.size() && event.path[i] != '/') continue;
      current = event.path.substr(0, i);
      node = child(*node, current);
      start = i + 1;
    }
    (void)start;
  }
  std::vector<std::string> all;
  preOrder(root, all);
  // The existing API's own resources (restApiResources) are not created; below them, and
  // elsewhere, every segment is.
  if (model(service).settings.predefinedResources.empty()) return all;
  // An event needs the segments of its path below the deepest of its prefixes that exists.
  std::set<std::string> needed;
  for (const auto& event : model(service).events) {
    std::vector<std::string> prefixes;
    for (std::size_t i = 0; i <= event.path.size() && !event.path.empty(); ++i)
      if (i == event.path.size() || event.path[i] == '/') prefixes.push_back(event.path.substr(0, i));
    std::size_t from = 0;
    for (std::size_t k = 0; k < prefixes.size(); ++k)
      if (predefined(service, prefixes[k])) from = k + 1;
    for (std::size_t k = from; k < prefixes.size(); ++k) needed.insert(prefixes[k]);
  }
  std::vector<std::string> out;
  for (auto& path : all)
    if (needed.count(path)) out.push_back(std::move(path));
  return out;
}

std::vector<std::pair<std::string, Cors>> corsPreflights(const Service& service) {
  std::vector<std::pair<std::string, Cors>> out;
  for (const auto& event : model(service).events) {
    if (!event.cors) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == event.path; });
    if (it == out.end()) {
      out.emplace_back(event.path, Cors{});
      it = out.end() - 1;
      it->second.headers.clear();
    }
    Cors& merged = it->second;
    const Cors& cors = *event.cors;
    // lodash's union(this event's, the merged so far): this event's first.
    std::vector<std::string> headers = cors.headers;
    addUnion(headers, merged.headers);
    merged.headers = std::move(headers);
    std::vector<std::string> methods = cors.methods;
    addUnion(methods, merged.methods);
    merged.methods = std::move(methods);
    std::vector<std::string> origins = cors.origins;
    addUnion(origins, merged.origins);
    merged.origins = std::move(origins);
    merged.origin = cors.origin;
    merged.allowCredentials = merged.allowCredentials || cors.allowCredentials;
    if (cors.maxAge) merged.maxAge = cors.maxAge;
    if (cors.cacheControl) merged.cacheControl = cors.cacheControl;
  }
  return out;
}

Json authorizerTarget(CompileContext& context, const Authorizer& authorizer) {
  if (authorizer.function) return context.lambdaTarget(*context.function(*authorizer.function));
  return context.json().fromNode(*authorizer.arn);
}

}  // namespace slsc::http
