// core: the deployment bucket, its TLS-only policy and the bucket-name output.
#include "compile/units.h"
#include "source/js_scalars.h"
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

// provider.deploymentBucket's settings for the generated bucket: tags, public access block,
// versioning.
void addBucketSettings(JsonFactory& json, const Node& settings, JsonObject& properties) {
  if (const Node* tags = settings.get("tags"); tags && tags->isMap() && !tags->entries().empty()) {
    std::vector<Json> list;
    for (const auto& e : tags->entries())
      list.push_back(
          JsonObject(json).set("Key", e.key).set("Value", json.fromNode(asStringNode(e.value))).take());
    properties.set("Tags", json.array(std::move(list)));
  }
  if (const Node* block = settings.get("blockPublicAccess"); block && coercedBool(*block).value_or(false)) {
    properties.set("PublicAccessBlockConfiguration", JsonObject(json)
                                                         .set("BlockPublicAcls", json.boolean(true))
                                                         .set("BlockPublicPolicy", json.boolean(true))
                                                         .set("IgnorePublicAcls", json.boolean(true))
                                                         .set("RestrictPublicBuckets", json.boolean(true))
                                                         .take());
  }
  if (const Node* versioning = settings.get("versioning"); versioning && coercedBool(*versioning).value_or(false))
    properties.set("VersioningConfiguration", JsonObject(json).set("Status", "Enabled").take());
}

Json bucket(JsonFactory& json, const NodeRef& settings) {
  Json byDefault = JsonObject(json).set("SSEAlgorithm", "AES256").take();
  std::vector<Json> rules;
  rules.push_back(JsonObject(json).set("ServerSideEncryptionByDefault", std::move(byDefault)).take());
  Json encryption =
      JsonObject(json).set("ServerSideEncryptionConfiguration", json.array(std::move(rules))).take();
  JsonObject properties(json);
  properties.set("BucketEncryption", std::move(encryption));
  if (settings) addBucketSettings(json, *settings, properties);
  return JsonObject(json).set("Type", "AWS::S3::Bucket").set("Properties", properties.take()).take();
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
  JsonFactory& json = context.json();
  Location at = context.serviceLocation();
  const Provider& p = context.provider;
  // An existing bucket named in provider.deploymentBucket replaces the generated one.
  if (p.deploymentBucket) {
    context.addGeneratedOutput(std::string(naming::kDeploymentBucketNameOutput),
                               JsonObject(json).set("Value", json.fromNode(*p.deploymentBucket)).take(),
                               at);
    return;
  }
  context.out.addResource(std::string(naming::kDeploymentBucket),
                          bucket(json, p.deploymentBucketSettings), at);
  const Node* skip = p.deploymentBucketSettings ? p.deploymentBucketSettings->get("skipPolicySetup")
                                                : nullptr;
  if (!skip || !skip->asBool().value_or(false))
    context.out.addResource(std::string(naming::kDeploymentBucketPolicy), bucketPolicy(json), at);
  context.addGeneratedOutput(std::string(naming::kDeploymentBucketNameOutput),
                             JsonObject(json).set("Value", json.ref(naming::kDeploymentBucket)).take(),
                             at);
}

}  // namespace slsc
