// The IAM pieces of Lambda execution roles.
#include "compile/iam.h"

namespace slsc {

Json lambdaAssumeRolePolicy(JsonFactory& json) { return assumeRolePolicy(json, "lambda.amazonaws.com"); }

Json serviceRole(JsonFactory& json, std::string_view service, std::vector<Json> nameParts,
                 std::vector<Json> statements) {
  Json properties = JsonObject(json)
                        .set("AssumeRolePolicyDocument", assumeRolePolicy(json, service))
                        .set("Policies", inlinePolicies(json, std::move(nameParts), std::move(statements)))
                        .take();
  return JsonObject(json).set("Type", "AWS::IAM::Role").set("Properties", std::move(properties)).take();
}

Json assumeRolePolicy(JsonFactory& json, std::string_view service) {
  Json principal = JsonObject(json).set("Service", json.strings({std::string(service)})).take();
  std::vector<Json> statements;
  statements.push_back(JsonObject(json)
                           .set("Effect", "Allow")
                           .set("Principal", std::move(principal))
                           .set("Action", json.strings({"sts:AssumeRole"}))
                           .take());
  return JsonObject(json)
      .set("Version", "2012-10-17")
      .set("Statement", json.array(std::move(statements)))
      .take();
}

Json inlinePolicies(JsonFactory& json, std::vector<Json> nameParts, std::vector<Json> statements) {
  Json document = JsonObject(json)
                      .set("Version", "2012-10-17")
                      .set("Statement", json.array(std::move(statements)))
                      .take();
  std::vector<Json> list;
  list.push_back(JsonObject(json)
                     .set("PolicyName", json.join("-", std::move(nameParts)))
                     .set("PolicyDocument", std::move(document))
                     .take());
  return json.array(std::move(list));
}

}  // namespace slsc
