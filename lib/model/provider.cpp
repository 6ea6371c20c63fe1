// model: the provider section.
#include <fmt/format.h>

#include <algorithm>

#include <regex>

#include "model/builders.h"
#include "model/fields.h"
#include "model/runtimes.h"

namespace slsc {
namespace {

// An IAM role given as a reference (ARN, logical id or CloudFormation function) rather than
// as settings of the generated role.
bool isRoleReference(const Node& role) {
  if (role.isScalar()) return true;
  if (!role.isMap() || role.entries().size() != 1) return false;
  const std::string& key = role.entries()[0].key;
  return key == "Ref" || key.rfind("Fn::", 0) == 0;
}

// Whether the reference's schema turns a Resource list holding only `text` into that string:
// it does when the string alone passes as an ARN or a logical id ("*" alone does not).
bool collapsesToString(const std::string& text) {
  static const std::regex logicalId("^[#A-Za-z0-9\\-_./]+[*]?$");
  return text.rfind("arn:", 0) == 0 || std::regex_match(text, logicalId);
}

}  // namespace

// The reference's schema coerces IAM statements: a lone Action becomes a list, a Resource list
// of one ARN becomes that ARN. Both forms mean the same to IAM.
Node coerceStatement(const Node& statement, bool (*collapses)(const std::string&)) {
  if (!statement.isMap()) return statement;
  Node out = statement;
  for (auto& e : out.entries()) {
    Node& value = e.value;
    if ((e.key == "Action" || e.key == "NotAction") && value.isScalar()) {
      Node list = Node::seq(value.location());
      list.push(value);
      value = std::move(list);
    } else if ((e.key == "Resource" || e.key == "NotResource") && value.isSeq() &&
               value.items().size() == 1 && value.items()[0].isScalar() &&
               collapses(value.items()[0].text())) {
      Node single = value.items()[0];
      value = std::move(single);
    }
  }
  return out;
}

namespace {

// A statement's Resource written as a map that is no CloudFormation function (often a
// `Resource:` nested in `Resource:`): the reference copies it into the policy, and IAM refuses
// the policy at deploy time.
// An ARN with fewer than six ':'-separated parts (arn:partition:service:region:account:resource)
// is no ARN to IAM, wildcards or not: it refuses the policy (MalformedPolicyDocument).
void checkArnForm(const Node& value, const char* key, Diagnostics& diagnostics) {
  if (!value.isScalar() || value.text().rfind("arn:", 0) != 0) return;
  if (std::count(value.text().begin(), value.text().end(), ':') >= 5) return;
  diagnostics.error(value.location(), "iam-resource-invalid",
                    fmt::format("'{}' of an IAM statement is '{}', which has fewer than the six "
                                "parts of an ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, "
                                "'*' where any will do); IAM refuses the policy at deploy time",
                                key, value.text()));
}

}  // namespace

void checkStatementResources(const Node& statement, Diagnostics& diagnostics) {
  if (!statement.isMap()) return;
  for (const char* key : {"Resource", "NotResource"}) {
    if (const Node* value = statement.get(key)) {
      checkArnForm(*value, key, diagnostics);
      if (value->isSeq())
        for (const auto& item : value->items()) checkArnForm(item, key, diagnostics);
    }
    const MapEntry* e = statement.entry(key);
    if (!e || !e->value.isMap() || isRoleReference(e->value)) continue;
    std::string inner = e->value.entries().empty() ? "" : e->value.entries()[0].key;
    diagnostics.error(e->value.location(), "iam-resource-invalid",
                      fmt::format("'{}' of an IAM statement is a map{}, not an ARN, a list or a "
                                  "CloudFormation function; IAM refuses the policy at deploy "
                                  "time",
                                  key,
                                  inner.empty() ? "" : fmt::format(" (of '{}')", inner)));
  }
}

std::vector<Node> readStatements(const Node& list, Diagnostics& diagnostics) {
  std::vector<Node> out;
  if (!list.isSeq()) return out;
  for (const auto& statement : list.items()) {
    checkStatementResources(statement, diagnostics);
    out.push_back(coerceStatement(statement, collapsesToString));
  }
  return out;
}

namespace {

void readIam(const Node& provider, Provider& p, Diagnostics& diagnostics) {
  Fields fields(provider, diagnostics);
  const Node* iam = fields.node("iam");
  const Node* iamRole = iam && iam->isMap() ? iam->get("role") : nullptr;
  if (iamRole && !iamRole->isNull() && isRoleReference(*iamRole)) {
    p.role = *iamRole;
    iamRole = nullptr;
  } else if (const Node* role = fields.node("role")) {
    p.role = *role;
  }
  const Node* statements = nullptr;
  const Node* managed = nullptr;
  if (iamRole && iamRole->isMap()) {
    Fields roleFields(*iamRole, diagnostics);
    statements = roleFields.node("statements");
    managed = roleFields.node("managedPolicies");
    p.roleName = roleFields.ref("name");
    p.rolePath = roleFields.text("path");
    p.roleTags = roleFields.ref("tags");
    p.permissionsBoundary = roleFields.ref("permissionsBoundary");
    if (!p.permissionsBoundary) p.permissionsBoundary = roleFields.ref("permissionBoundary");
  }
  if (!p.permissionsBoundary) p.permissionsBoundary = fields.ref("rolePermissionsBoundary");
  if (iam && iam->isMap()) p.deploymentRole = Fields(*iam, diagnostics).copy("deploymentRole");
  if (!p.deploymentRole) p.deploymentRole = fields.ref("cfnRole");
  if (!statements) statements = fields.node("iamRoleStatements");
  if (!managed) managed = fields.node("iamManagedPolicies");
  if (statements) p.iamStatements = readStatements(*statements, diagnostics);
  if (managed) p.managedPolicies = *managed;
}

// provider.iam.role.mode: perFunction (v4), and the serverless-iam-roles-per-function plugin's
// custom settings; per-function roles are sls-compile's in compat mode, which refuses the mode.
void readPerFunctionRoles(const Node& root, const Node& provider, const ModelContext& context,
                          Provider& p, Diagnostics& diagnostics) {
  const Node* iam = provider.get("iam");
  const Node* role = iam && iam->isMap() ? iam->get("role") : nullptr;
  const MapEntry* mode = role && role->isMap() ? role->entry("mode") : nullptr;
  if (mode && mode->value.isScalar() && mode->value.text() == "perFunction") {
    if (context.compat == Compat::ServerlessV3)
      diagnostics.error(keyLocation(*mode), "iam-setting-not-in-reference",
                        "iam.role.mode: perFunction (a role per function) is the Serverless "
                        "Framework v4's and sls-compile's: v3 ignores it, so a compat template "
                        "cannot have it; compile without --compat");
    else if (p.role)
      diagnostics.error(keyLocation(*mode), "iam-per-function-provider-role",
                        "iam.role.mode: perFunction builds a role for each function, but the "
                        "provider names a role for all of them; give one or the other");
    else
      p.rolePerFunctionAt = keyLocation(*mode);
  }
  const Node* custom = root.get("custom");
  const Node* plugin = custom && custom->isMap() ? custom->get("serverless-iam-roles-per-function") : nullptr;
  if (!plugin || !plugin->isMap()) return;
  Fields fields(*plugin, diagnostics);
  p.inheritStatementsByDefault = fields.boolean("defaultInherit");
  p.globalPermissionsBoundary = fields.ref("iamGlobalPermissionsBoundary");
}

// How the stack is deployed: what `sls-compile package` writes in its deploy plan.
void readDeploySettings(const Fields& fields, Provider& p) {
  p.stackName = fields.text("stackName").value_or("");
  p.stackTags = fields.stringEntries("stackTags");
  p.stackParameters = fields.ref("stackParameters");
  p.notificationArns = fields.ref("notificationArns");
  p.stackPolicy = fields.ref("stackPolicy");
  p.rollbackConfiguration = fields.ref("rollbackConfiguration");
  p.disableRollback = fields.boolean("disableRollback").value_or(false);
  p.deploymentMethod = fields.text("deploymentMethod").value_or("changesets");
}

}  // namespace

void applyRuntimeManagement(const Node* value, RuntimeManagement& into) {
  if (!value || value->isNull()) return;
  if (value->isScalar()) {
    into.mode = value->text();
    return;
  }
  if (!value->isMap()) return;
  if (const Node* mode = value->get("mode"); mode && mode->isScalar()) into.mode = mode->text();
  if (const Node* arn = value->get("arn"); arn && !arn->isNull()) into.arn = *arn;
}

std::optional<std::string> tracingMode(const Node* value) {
  if (!value || value->isNull()) return std::nullopt;
  if (auto flag = coercedBool(*value)) return *flag ? std::optional<std::string>("Active") : std::nullopt;
  if (value->isScalar() && !value->text().empty()) return value->text();
  return std::nullopt;
}

Provider buildProvider(const Node& root, const ModelContext& context, Diagnostics& diagnostics) {
  Provider p;
  const Node& provider = providerSection(root);
  Fields fields(provider, diagnostics);
  p.stage = context.stage;
  p.region = !context.region.empty() ? context.region : fields.text("region").value_or("us-east-1");
  p.at = root.location();
  if (const MapEntry* e = root.entry("provider")) p.at = keyLocation(*e);
  p.runtime = context.compat == Compat::ServerlessV3 ? referenceDefaultRuntime()
                                                     : deployableDefaultRuntime();
  if (auto runtime = fields.text("runtime")) {
    p.runtime = *runtime;
    p.runtimeAt = valueLocation(*fields.node("runtime"));
  }
  p.memorySize = fields.wholeNumber("memorySize");
  p.timeout = fields.wholeNumber("timeout");
  p.logRetentionInDays = fields.integer("logRetentionInDays");
  p.environment = fields.stringEntries("environment");
  p.tags = fields.stringEntries("tags");
  p.architecture = fields.text("architecture");
  p.layers = fields.ref("layers");
  p.vpc = fields.ref("vpc");
  p.kmsKeyArn = fields.ref("kmsKeyArn");
  if (const Node* tracing = fields.node("tracing"); tracing && tracing->isMap())
    p.tracingLambda = tracingMode(tracing->get("lambda"));
  applyRuntimeManagement(fields.node("runtimeManagement"), p.runtimeManagement);
  p.logDataProtectionPolicy = fields.ref("logDataProtectionPolicy");
  p.versionFunctions = fields.boolean("versionFunctions").value_or(true);
  if (const Node* bucket = fields.node("deploymentBucket")) {
    const Node* name = bucket->isMap() ? bucket->get("name") : bucket;
    if (name && !name->isNull()) p.deploymentBucket = *name;
    if (bucket->isMap()) p.deploymentBucketSettings = *bucket;
  }
  p.deploymentPrefix = fields.text("deploymentPrefix").value_or("serverless");
  readDeploySettings(fields, p);
  readIam(provider, p, diagnostics);
  readPerFunctionRoles(root, provider, context, p, diagnostics);
  return p;
}

}  // namespace slsc
