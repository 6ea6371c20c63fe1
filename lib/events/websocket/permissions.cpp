// websocket: the Lambda permissions that let API Gateway invoke route handlers and
// authorizers. By default each is limited to this API (SourceArn); the reference's are not.
#include <map>

#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

// One permission to write. A function that both handles a route and authorizes one gets one
// permission (one logical id), scoped to the whole API.
struct Permission {
  std::string id;
  const Function* handler = nullptr;                // set when it handles a route
  const Authorizer* authorizer = nullptr;  // set when it only authorizes
  Location at;
};

std::vector<Permission> collect(const Service& service) {
  std::vector<Permission> out;
  std::map<std::string, std::size_t> index;
  auto add = [&](Permission p) {
    auto [it, fresh] = index.emplace(p.id, out.size());
    if (fresh) {
      out.push_back(std::move(p));
      return;
    }
    Permission& existing = out[it->second];
    if (p.handler && !existing.handler) {
      existing.handler = p.handler;
      existing.authorizer = nullptr;
    }
  };
  for (const auto& [fn, event] : websockets::events(service)) {
    add(Permission{naming::websocketsPermission(fn.key), &fn, nullptr, event.at});
    if (event.authorizer) {
      const Authorizer& a = *event.authorizer;
      add(Permission{naming::websocketsPermission(a.name), nullptr, &a, a.at});
    }
  }
  return out;
}

Json handlerPermission(CompileContext& context, const Function& fn,
                       std::vector<std::string>& dependsOn) {
  JsonFactory& json = context.json();
  // The reference waits for the API and the function by DependsOn; by default the SourceArn and
  // the FunctionName refer to them, which orders the deploy already (only an alias needs it).
  if (context.compat()) {
    if (!usesExistingApi(context.service)) dependsOn.push_back(std::string(naming::kWebsocketsApi));
    dependsOn.push_back(context.aliasId(fn).value_or(naming::lambdaFunction(fn.key)));
  } else if (auto alias = context.aliasId(fn)) {
    dependsOn.push_back(*alias);
  }
  JsonObject properties(json);
  properties.set("FunctionName", context.lambdaTarget(fn))
      .set("Action", "lambda:InvokeFunction")
      .set("Principal", "apigateway.amazonaws.com");
  if (!context.compat()) properties.set("SourceArn", executeApiArn(context, "/*"));
  return properties.take();
}

Json authorizerPermission(CompileContext& context, const Authorizer& a,
                          std::vector<std::string>& dependsOn) {
  JsonFactory& json = context.json();
  if (context.compat() && !usesExistingApi(context.service))
    dependsOn.push_back(std::string(naming::kWebsocketsApi));
  JsonObject properties(json);
  properties.set("Action", "lambda:InvokeFunction").set("Principal", "apigateway.amazonaws.com");
  properties.set("FunctionName", authorizerTarget(context, a));
  if (a.function) {
    const Function& fn = *context.function(*a.function);
    if (context.compat()) dependsOn.push_back(naming::lambdaFunction(fn.key));
    if (auto alias = context.aliasId(fn)) dependsOn.push_back(*alias);
  }
  if (!context.compat()) properties.set("SourceArn", executeApiArn(context, "/authorizers/*"));
  return properties.take();
}

}  // namespace

void compilePermissions(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& p : collect(context.service)) {
    std::vector<std::string> dependsOn;
    Json properties = p.handler ? handlerPermission(context, *p.handler, dependsOn)
                                : authorizerPermission(context, *p.authorizer, dependsOn);
    JsonObject resource(json);
    resource.set("Type", "AWS::Lambda::Permission");
    if (!dependsOn.empty()) {
      std::vector<Json> ids;
      for (const auto& id : dependsOn) ids.push_back(json.str(id));
      resource.set("DependsOn", json.array(std::move(ids)));
    }
    context.out.addResource(p.id, resource.set("Properties", std::move(properties)).take(), p.at);
  }
}

}  // namespace slsc::websockets
