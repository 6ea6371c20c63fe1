// http: the REST API (unless the service names one that exists) and its resource tree, one
// AWS::ApiGateway::Resource per path segment.
#include "events/http/common.h"
#include "events/http/units.h"
#include "naming/http.h"

namespace slsc::http {

// provider.apiName, else `<stage>-<service>` (`<service>-<stage>` with
// apiGateway.shouldStartNameWithService).
std::string restApiName(const Service& service) {
  const Settings& s = model(service).settings;
  if (s.apiName) return *s.apiName;
  const std::string& stage = service.provider.stage;
  return s.shouldStartNameWithService ? service.name + "-" + stage : stage + "-" + service.name;
}

void compileRestApi(CompileContext& context) {
  if (usesExistingApi(context.service)) return;
  JsonFactory& json = context.json();
  const Settings& s = model(context.service).settings;
  JsonObject properties(json);
  properties.set("Name", restApiName(context.service));
  if (s.binaryMediaTypes) properties.set("BinaryMediaTypes", json.fromNode(*s.binaryMediaTypes));
  if (s.disableDefaultEndpoint)
    properties.set("DisableExecuteApiEndpoint", json.boolean(*s.disableDefaultEndpoint));
  JsonObject endpoint(json);
  endpoint.set("Types", json.strings({s.endpointType.value_or("EDGE")}));
  if (s.endpointType && s.vpcEndpointIds)
    endpoint.set("VpcEndpointIds", json.fromNode(*s.vpcEndpointIds));
  properties.set("EndpointConfiguration", endpoint.take());
  if (s.resourcePolicy && s.resourcePolicy->isSeq() && !s.resourcePolicy->items().empty()) {
    properties.set("Policy", JsonObject(json)
                                 .set("Version", "2012-10-17")
                                 .set("Statement", json.fromNode(*s.resourcePolicy))
                                 .take());
  } else {
    properties.set("Policy", "");
  }
  if (s.apiKeySourceType) properties.set("ApiKeySourceType", *s.apiKeySourceType);
  if (s.minimumCompressionSize)
    properties.set("MinimumCompressionSize", json.fromNode(*s.minimumCompressionSize));
  if (s.description) properties.set("Description", *s.description);
  context.out.addResource(std::string(naming::kRestApi),
                          resource(json, "AWS::ApiGateway::RestApi", properties.take()),
                          context.serviceLocation());
}

void compileResources(CompileContext& context) {
  JsonFactory& json = context.json();
  for (const auto& path : resourcePaths(context.service)) {
    auto slash = path.rfind('/');
    std::string parent = slash == std::string::npos ? "" : path.substr(0, slash);
    std::string part = slash == std::string::npos ? path : path.substr(slash + 1);
    Json properties = JsonObject(json)
                          .set("ParentId", resourceId(context, parent))
                          .set("PathPart", part)
                          .set("RestApiId", restApiId(context))
                          .take();
    context.out.addResource(naming::restApiResource(path),
                            resource(json, "AWS::ApiGateway::Resource", std::move(properties)),
                            context.serviceLocation());
  }
}

}  // namespace slsc::http
