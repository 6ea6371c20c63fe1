// core: the deployment bucket, its TLS-only policy and the bucket-name output.
#include "compile/units.h"
#include "naming/naming.h"

namespace slsc {
namespace {

Json bucketArn(JsonFactory& json, bool objects) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":s3:::"));
  parts.push_back(json.ref(naming::kDeploymentBucket));
  if (objects) parts.push_back(json.str("/*"));
  return json.join("", std::move(parts));
}

Json bucket(JsonFactory& json) {
  Json byDefault = JsonObject(json).set("SSEAlgorithm", "AES256").take();
  std::vector<Json> rules;
  rules.push_back(JsonObject(json).set("ServerSideEncryptionByDefault", std::move(byDefault)).take());
  Json encryption =
      JsonObject(json).set("ServerSideEncryptionConfiguration", json.array(std::move(rules))).take();
  Json properties = JsonObject(json).set("BucketEncryption", std::move(encryption)).take();
  return JsonObject(json).set("Type", "AWS::S3::Bucket").set("Properties", std::move(properties)).take();
}

Json bucketPolicy(JsonFactory& json) {
  std::vector<Json> resources;
  resources.push_back(bucketArn(json, true));
  resources.push_back(bucketArn(json, false));
  Json secure = JsonObject(json).set("aws:SecureTransport", json.boolean(false)).take();
  Json condition = JsonObject(json).set("Bool", std::move(secure)).take();
  std::vector<Json> statements;
  statements.push_back(JsonObject(json)
                           .set("Action", "s3:*")
                           .set("Effect", "Deny")
                           .set("Principal", "*")
                           .set("Resource", json.array(std::move(resources)))
                           .set("Condition", std::move(condition))
                           .take());
  Json document = JsonObject(json).set("Statement", json.array(std::move(statements))).take();
  Json properties = JsonObject(json)
                        .set("Bucket", json.ref(naming::kDeploymentBucket))
                        .set("PolicyDocument", std::move(document))
                        .take();
  return JsonObject(json)
      .set("Type", "AWS::S3::BucketPolicy")
      .set("Properties", std::move(properties))
      .take();
}

}  // namespace

void compileCore(CompileContext& context) {
  // An existing bucket named in provider.deploymentBucket replaces the generated one.
  if (context.provider.deploymentBucket) return;
  JsonFactory& json = context.json();
  Location at = context.serviceLocation();
  context.out.addResource(std::string(naming::kDeploymentBucket), bucket(json), at);
  context.out.addResource(std::string(naming::kDeploymentBucketPolicy), bucketPolicy(json), at);
  context.addGeneratedOutput(std::string(naming::kDeploymentBucketNameOutput),
                             JsonObject(json).set("Value", json.ref(naming::kDeploymentBucket)).take(),
                             at);
}

}  // namespace slsc
