// package: the templates, the deploy plan, the S3 mirror and deploy.sh.
#include "package/output.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "compile/hash.h"
#include "compile/json.h"
#include "emit/emit.h"
#include "source/json_input.h"

namespace slsc {
namespace {

namespace fs = std::filesystem;

constexpr const char* kBucketOutput = "ServerlessDeploymentBucketName";
constexpr const char* kBucketResources[] = {"ServerlessDeploymentBucket",
                                            "ServerlessDeploymentBucketPolicy"};

bool writeFile(const fs::path& path, const std::string& text, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (out) return true;
  error = fmt::format("cannot write '{}'", path.string());
  return false;
}

// The template the reference creates the stack with before the first upload: the deployment
// bucket, its policy and its output, as the update template has them. Empty when the service
// names its own bucket (nothing to create first).
std::string createTemplate(const rapidjson::Document& update) {
  rapidjson::Document out(rapidjson::kObjectType);
  auto& a = out.GetAllocator();
  const Json* resources = member(update, "Resources");
  const Json* outputs = member(update, "Outputs");
  const Json* bucket = resources ? member(*resources, kBucketResources[0]) : nullptr;
  if (!bucket) return "";
  for (const char* key : {"AWSTemplateFormatVersion", "Description"})
    if (const Json* value = member(update, key)) setMember(out, key, Json(*value, a), a);
  Json picked(rapidjson::kObjectType);
  for (const char* id : kBucketResources)
    if (const Json* value = member(*resources, id)) setMember(picked, id, Json(*value, a), a);
  setMember(out, "Resources", std::move(picked), a);
  if (const Json* output = outputs ? member(*outputs, kBucketOutput) : nullptr) {
    Json kept(rapidjson::kObjectType);
    setMember(kept, kBucketOutput, Json(*output, a), a);
    setMember(out, "Outputs", std::move(kept), a);
  }
  return emitJson(out);
}

std::vector<std::string> capabilities(const rapidjson::Document& update) {
  std::vector<std::string> out{"CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"};
  if (member(update, "Transform")) out.emplace_back("CAPABILITY_AUTO_EXPAND");
  return out;
}

// Everything the plan and the script need, in one place.
struct Plan {
  const StackSettings& stack;
  std::vector<std::string> capabilities;
  bool createsBucketStack = false;
  std::string templateKey;  // the update template's key in the bucket
  std::vector<Upload> uploads;
};

Json parseOrNull(const std::string& text, JsonAllocator& a) {
  if (text.empty()) return Json();
  rapidjson::Document doc;
  if (!parseBoundedJson(doc, text)) return Json();
  return Json(doc, a);
}

Json keyValues(JsonFactory& json, const std::vector<std::pair<std::string, std::string>>& pairs,
               const char* keyName, const char* valueName) {
  std::vector<Json> items;
  for (const auto& [key, value] : pairs)
    items.push_back(JsonObject(json).set(keyName, key).set(valueName, value).take());
  return json.array(std::move(items));
}

std::string planJson(const Plan& plan) {
  rapidjson::Document doc;
  JsonFactory json(doc.GetAllocator());
  const StackSettings& s = plan.stack;
  JsonObject bucket(json);
  if (s.bucket.empty()) {
    bucket.set("name", Json());
    bucket.set("stackOutput", kBucketOutput);
  } else {
    bucket.set("name", s.bucket);
  }
  std::vector<Json> uploads;
  for (const auto& u : plan.uploads) {
    JsonObject item(json);
    item.set("file", std::string(kMirror) + "/" + u.key);
    if (!u.built) item.set("source", u.source);
    item.set("key", u.key)
        .set("size", json.num(static_cast<std::int64_t>(u.size)))
        .set("sha256", u.sha256)
        .set("md5", u.md5);
    uploads.push_back(item.take());
  }
  JsonObject templates(json);
  templates.set("create", plan.createsBucketStack ? json.str(kCreateTemplate) : Json());
  templates.set("update", kUpdateTemplate).set("updateKey", plan.templateKey);
  Json root = JsonObject(json)
                  .set("generator", kPlanGenerator)
                  .set("stackName", s.stackName)
                  .set("service", s.service)
                  .set("stage", s.stage)
                  .set("region", s.region)
                  .set("deploymentMethod", s.direct ? "direct" : "changesets")
                  .set("capabilities", json.strings(plan.capabilities))
                  .set("tags", keyValues(json, s.tags, "Key", "Value"))
                  .set("parameters", keyValues(json, s.parameters, "ParameterKey", "ParameterValue"))
                  .set("roleArn", s.roleArn.empty() ? Json() : json.str(s.roleArn))
                  .set("notificationArns", json.strings(s.notificationArns))
                  .set("stackPolicy", parseOrNull(s.stackPolicyJson, doc.GetAllocator()))
                  .set("rollbackConfiguration",
                       parseOrNull(s.rollbackConfigurationJson, doc.GetAllocator()))
                  .set("disableRollback", json.boolean(s.disableRollback))
                  .set("bucket", bucket.take())
                  .set("templates", templates.take())
                  .set("mirror", kMirror)
                  .set("uploads", json.array(std::move(uploads)))
                  .take();
  return emitJson(root);
}

// A word for sh: in single quotes, each ' written '\''.
std::string quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += '\'';
  return out;
}

std::string words(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    out += ' ';
    out += quote(item);
  }
  return out;
}

// The options create-stack, update-stack and deploy share.
std::string sharedOptions(const Plan& plan) {
  const StackSettings& s = plan.stack;
  std::string out = " --capabilities" + words(plan.capabilities);
  if (!s.roleArn.empty()) out += " --role-arn " + quote(s.roleArn);
  if (!s.notificationArns.empty()) out += " --notification-arns" + words(s.notificationArns);
  return out;
}

std::string tagsJson(const StackSettings& s) {
  rapidjson::Document doc;
  JsonFactory json(doc.GetAllocator());
  return toCompactJson(keyValues(json, s.tags, "Key", "Value"));
}

std::string createBucketStack(const Plan& plan) {
  const StackSettings& s = plan.stack;
  std::string rollback = s.disableRollback ? " --disable-rollback" : " --on-failure DELETE";
  return fmt::format(
      "if ! aws cloudformation describe-stacks --region \"$region\" --stack-name \"$stack\" "
      ">/dev/null 2>&1; then\n"
      "  echo \"deploy.sh: creating the stack $stack with its deployment bucket\" >&2\n"
      "  aws cloudformation create-stack --region \"$region\" --stack-name \"$stack\" \\\n"
      "    --template-body file://{}{}{} \\\n"
      "    --tags {}\n"
      "  aws cloudformation wait stack-create-complete --region \"$region\" --stack-name \"$stack\"\n"
      "fi\n"
      "bucket=$(aws cloudformation describe-stacks --region \"$region\" --stack-name \"$stack\" \\\n"
      "  --query \"Stacks[0].Outputs[?OutputKey=='{}'].OutputValue\" --output text)\n",
      kCreateTemplate, sharedOptions(plan), rollback, quote(tagsJson(s)), kBucketOutput);
}

std::string deployWithChangeSets(const Plan& plan) {
  const StackSettings& s = plan.stack;
  std::string out = fmt::format(
      "aws cloudformation deploy --region \"$region\" --stack-name \"$stack\" \\\n"
      "  --template-file {} --s3-bucket \"$bucket\" --s3-prefix {} \\\n"
      "  --no-fail-on-empty-changeset{}",
      kUpdateTemplate, quote(s.keyFolder), sharedOptions(plan));
  std::vector<std::string> tags;
  for (const auto& [key, value] : s.tags) tags.push_back(key + "=" + value);
  out += " \\\n  --tags" + words(tags);
  if (!s.parameters.empty()) {
    std::vector<std::string> overrides;
    for (const auto& [key, value] : s.parameters) overrides.push_back(key + "=" + value);
    out += " \\\n  --parameter-overrides" + words(overrides);
  }
  if (s.disableRollback) out += " \\\n  --disable-rollback";
  out += "\n";
  if (!s.stackPolicyJson.empty())
    out += fmt::format("aws cloudformation set-stack-policy --region \"$region\" --stack-name "
                       "\"$stack\" \\\n  --stack-policy-body {}\n",
                       quote("{\"Statement\":" + s.stackPolicyJson + "}"));
  return out;
}

std::string deployDirectly(const Plan& plan) {
  const StackSettings& s = plan.stack;
  std::string options = sharedOptions(plan) + " \\\n  --tags " + quote(tagsJson(s));
  if (!s.parameters.empty()) {
    rapidjson::Document doc;
    JsonFactory json(doc.GetAllocator());
    options += " \\\n  --parameters " +
               quote(toCompactJson(keyValues(json, s.parameters, "ParameterKey", "ParameterValue")));
  }
  std::string update = options;
  if (!s.stackPolicyJson.empty())
    update += " \\\n  --stack-policy-body " + quote("{\"Statement\":" + s.stackPolicyJson + "}");
  if (!s.rollbackConfigurationJson.empty())
    update += " \\\n  --rollback-configuration " + quote(s.rollbackConfigurationJson);
  if (s.disableRollback) update += " \\\n  --disable-rollback";
  return fmt::format(
      "url=\"https://$bucket.s3.$region.amazonaws.com/\"{}\n"
      "if ! aws cloudformation describe-stacks --region \"$region\" --stack-name \"$stack\" "
      ">/dev/null 2>&1; then\n"
      "  aws cloudformation create-stack --region \"$region\" --stack-name \"$stack\" \\\n"
      "  --template-url \"$url\"{}\n"
      "  aws cloudformation wait stack-create-complete --region \"$region\" --stack-name \"$stack\"\n"
      "  exit 0\n"
      "fi\n"
      "if ! out=$(aws cloudformation update-stack --region \"$region\" --stack-name \"$stack\" \\\n"
      "  --template-url \"$url\"{} 2>&1); then\n"
      "  case $out in\n"
      "    *'No updates are to be performed'*) echo \"deploy.sh: $stack has no changes\" >&2; exit 0 ;;\n"
      "    *) echo \"$out\" >&2; exit 1 ;;\n"
      "  esac\n"
      "fi\n"
      "aws cloudformation wait stack-update-complete --region \"$region\" --stack-name \"$stack\"\n",
      quote(plan.templateKey), options + (s.disableRollback ? " \\\n  --disable-rollback" : ""),
      update);
}

std::string deployScript(const Plan& plan) {
  const StackSettings& s = plan.stack;
  std::string out = fmt::format(
      "#!/bin/sh\n"
      "# Deploys the stack deploy-plan.json describes (written by sls-compile package; run it\n"
      "# from anywhere). Needs the AWS CLI with credentials for the account.\n"
      "set -eu\n"
      "cd \"$(dirname \"$0\")\"\n"
      "stack={}\n"
      "region={}\n",
      quote(s.stackName), quote(s.region));
  if (plan.createsBucketStack) out += createBucketStack(plan);
  else out += "bucket=" + quote(s.bucket) + "\n";
  out += fmt::format("aws s3 sync {}/ \"s3://$bucket/\" --region \"$region\" --no-progress\n",
                     kMirror);
  out += s.direct ? deployDirectly(plan) : deployWithChangeSets(plan);
  return out;
}

// The upload's file in the mirror: a hard link to the zip (a copy where links fail).
bool mirror(const fs::path& staging, const Upload& upload, std::string& error) {
  fs::path target = staging / kMirror / upload.key;
  fs::path source = upload.built ? staging / upload.file : fs::path(upload.file);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (!ec) fs::create_hard_link(source, target, ec);
  if (ec) {
    ec.clear();
    fs::copy_file(source, target, fs::copy_options::overwrite_existing, ec);
  }
  if (!ec) return true;
  error = fmt::format("cannot write '{}': {}", target.string(), ec.message());
  return false;
}

}  // namespace

bool writePackageFolder(const std::string& staging, const std::string& templateJson,
                        const Packager& packager, std::string& error) {
  fs::path folder(staging);
  rapidjson::Document update;
  if (!parseBoundedJson(update, templateJson) || !update.IsObject()) {
    error = "the compiled template cannot be read back";
    return false;
  }
  Plan plan{packager.stack(), capabilities(update), false, "", packager.uploads()};
  std::string create = createTemplate(update);
  plan.createsBucketStack = !create.empty() && plan.stack.bucket.empty();
  plan.templateKey = fmt::format("{}/{}/compiled-cloudformation-template.json",
                                 plan.stack.keyFolder, Sha256().update(templateJson).hex().substr(0, 16));
  if (!writeFile(folder / kUpdateTemplate, templateJson, error)) return false;
  if (plan.createsBucketStack && !writeFile(folder / kCreateTemplate, create, error)) return false;
  plan.uploads.push_back({kUpdateTemplate, true, "", plan.templateKey, templateJson.size(),
                          Sha256().update(templateJson).hex(), md5Hex(templateJson)});
  for (const auto& upload : plan.uploads)
    if (!mirror(folder, upload, error)) return false;
  if (!writeFile(folder / kDeployPlan, planJson(plan), error)) return false;
  if (!writeFile(folder / kDeployScript, deployScript(plan), error)) return false;
  if (::chmod((folder / kDeployScript).c_str(), 0755) != 0) {
    error = "cannot make deploy.sh executable";
    return false;
  }
  return true;
}

}  // namespace slsc
