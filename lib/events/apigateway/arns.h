// The ARNs API Gateway families write: the invocation URI API Gateway calls a Lambda function
// by, and execute-api ARNs of an API's resources.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compile/json.h"
#include "source/node.h"

namespace slsc::apigateway {

// An API: one the template creates (its logical id), or an existing one (its id as written).
struct ApiRef {
  std::string_view logicalId;
  const Node* existing = nullptr;
};

// The API's id: a Ref to the logical id, or the existing id as written.
Json apiId(JsonFactory& json, const ApiRef& api);

// arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<target>/invocations
Json invocationUri(JsonFactory& json, Json target);

// arn:…:execute-api:<region>:<account>:<api id><suffix>, the ARN of this API's resources.
Json executeApiArn(JsonFactory& json, const ApiRef& api, std::string_view suffix);

// <scheme>://<api id>.execute-api.<region>.<URL suffix>/<stage>: an API's default endpoint.
Json executeApiUrl(JsonFactory& json, std::string_view scheme, Json apiId, std::string_view stage);

// arn:<partition>:execute-api:<region>:<account>:<api id><suffix> as an Fn::Join, the form the
// reference writes into its permissions' SourceArn.
Json joinedExecuteApiArn(JsonFactory& json, Json apiId, std::string_view suffix);

// The AWS::Lambda::Permission that lets API Gateway invoke `functionName` from `sourceArn`.
Json invokePermission(JsonFactory& json, Json functionName, Json sourceArn,
                      std::vector<std::string> dependsOn);

// provider.tags as a map of key to value, the form API Gateway v2 resources take.
Json tagMap(JsonFactory& json, const std::vector<MapEntry>& tags);

// A resource: `Type`, DependsOn when there is one, then `Properties`.
Json resource(JsonFactory& json, std::string_view type, Json properties,
              std::vector<std::string> dependsOn = {});

}  // namespace slsc::apigateway

namespace slsc {
class CompileContext;
}

namespace slsc::apigateway {

// An API's access log group `name`, with the provider's retention and data protection policy.
Json logGroup(CompileContext& context, const std::string& name);

}  // namespace slsc::apigateway
