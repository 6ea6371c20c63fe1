// The ARNs API Gateway families share.
#include "events/apigateway/arns.h"

#include <string>
#include <vector>

namespace slsc::apigateway {

Json apiId(JsonFactory& json, const ApiRef& api) {
  if (api.existing) return json.fromNode(*api.existing);
  return json.ref(api.logicalId);
}

Json invocationUri(JsonFactory& json, Json target) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":apigateway:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":lambda:path/2015-03-31/functions/"));
  parts.push_back(std::move(target));
  parts.push_back(json.str("/invocations"));
  return json.join("", std::move(parts));
}

Json executeApiArn(JsonFactory& json, const ApiRef& api, std::string_view suffix) {
  std::string prefix = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:";
  if (!api.existing)
    return json.sub(prefix + "${" + std::string(api.logicalId) + "}" + std::string(suffix));
  const Node& id = *api.existing;
  if (id.isScalar()) return json.sub(prefix + id.text() + std::string(suffix));
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":execute-api:"));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str(":"));
  parts.push_back(json.ref("AWS::AccountId"));
  parts.push_back(json.str(":"));
  parts.push_back(json.fromNode(id));
  parts.push_back(json.str(suffix));
  return json.join("", std::move(parts));
}

}  // namespace slsc::apigateway
