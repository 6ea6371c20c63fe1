// model: the provider section.
#include <fmt/format.h>

#include <regex>

#include "model/builders.h"
#include "model/fields.h"

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

// The reference's schema coerces IAM statements: a lone Action becomes a list, a Resource list
// of one ARN becomes that ARN. Both forms mean the same to IAM.
Node coerceStatement(const Node& statement) {
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
               collapsesToString(value.items()[0].text())) {
      Node single = value.items()[0];
      value = std::move(single);
    }
  }
  return out;
}

// A statement's Resource written as a map that is no CloudFormation function (often a
// `Resource:` nested in `Resource:`): the reference copies it into the policy, and IAM refuses
// the policy at deploy time.
void checkStatementResources(const Node& statement, Diagnostics& diagnostics) {
  if (!statement.isMap()) return;
  for (const char* key : {"Resource", "NotResource"}) {
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
    p.roleName = roleFields.copy("name");
    p.rolePath = roleFields.text("path");
    p.roleTags = roleFields.copy("tags");
    p.permissionsBoundary = roleFields.copy("permissionsBoundary");
    if (!p.permissionsBoundary) p.permissionsBoundary = roleFields.copy("permissionBoundary");
  }
  if (!p.permissionsBoundary) p.permissionsBoundary = fields.copy("rolePermissionsBoundary");
  if (iam && iam->isMap()) p.deploymentRole = Fields(*iam, diagnostics).copy("deploymentRole");
  if (!p.deploymentRole) p.deploymentRole = fields.copy("cfnRole");
  if (!statements) statements = fields.node("iamRoleStatements");
  if (!managed) managed = fields.node("iamManagedPolicies");
  if (statements && statements->isSeq()) {
    for (const auto& statement : statements->items()) {
      checkStatementResources(statement, diagnostics);
      p.iamStatements.push_back(coerceStatement(statement));
    }
  }
  if (managed) p.managedPolicies = *managed;
}

void readWebsocketLogs(const Node& provider, Provider& p, Diagnostics& diagnostics) {
  const Node* logs = provider.get("logs");
  if (!logs || !logs->isMap()) return;
  if (const Node* restApi = logs->get("restApi"); restApi && restApi->isMap()) {
    Fields rest(*restApi, diagnostics);
    p.restApiLogsRole = rest.copy("role");
    p.restApiRoleManagedExternally = rest.boolean("roleManagedExternally").value_or(false);
  }
  if (const Node* framework = logs->get("frameworkLambda"))
    p.logsFrameworkLambda = framework->asBool().value_or(false);
  const Node* websocket = logs->get("websocket");
  if (!websocket || websocket->isNull()) return;
  WebsocketLogs& out = p.websocketLogs;
  out.at = websocket->location();
  if (auto flag = websocket->asBool()) {
    out.enabled = *flag;
    return;
  }
  if (!websocket->isMap()) return;
  out.enabled = true;
  Fields fields(*websocket, diagnostics);
  out.level = fields.text("level");
  if (const Node* level = fields.node("level")) out.levelAt = level->location();
  out.format = fields.text("format");
  out.accessLogging = fields.boolean("accessLogging").value_or(true);
  out.executionLogging = fields.boolean("executionLogging").value_or(true);
  out.fullExecutionData = fields.boolean("fullExecutionData").value_or(true);
}

// Settings the reference ignores without a word because their name is one letter off.
void warnMisspellings(const Node& provider, Diagnostics& diagnostics) {
  static const std::pair<const char*, const char*> misspelt[] = {
      {"websocketApiName", "websocketsApiName"},
      {"websocketApiRouteSelectionExpression", "websocketsApiRouteSelectionExpression"},
      {"websocketDescription", "websocketsDescription"},
  };
  for (const auto& [wrong, right] : misspelt) {
    const MapEntry* e = provider.entry(wrong);
    if (!e) continue;
    diagnostics.warning(keyLocation(*e), "setting-misspelt",
                        fmt::format("'provider.{}' is not a setting and is ignored; did you mean "
                                    "'{}'?",
                                    wrong, right));
  }
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
  const Node* node = root.get("provider");
  static const Node empty = Node::map({});
  const Node& provider = node && node->isMap() ? *node : empty;
  Fields fields(provider, diagnostics);
  const Options& options = *context.options;
  p.stage = !options.stage.empty() ? options.stage : fields.text("stage").value_or("dev");
  p.region = !options.region.empty() ? options.region : fields.text("region").value_or("us-east-1");
  if (auto runtime = fields.text("runtime")) p.runtime = *runtime;
  p.memorySize = fields.integer("memorySize");
  p.timeout = fields.integer("timeout");
  p.logRetentionInDays = fields.integer("logRetentionInDays");
  p.environment = fields.stringEntries("environment");
  p.tags = fields.stringEntries("tags");
  p.architecture = fields.text("architecture");
  p.layers = fields.copy("layers");
  p.vpc = fields.copy("vpc");
  p.kmsKeyArn = fields.copy("kmsKeyArn");
  if (const Node* tracing = fields.node("tracing"); tracing && tracing->isMap())
    p.tracingLambda = tracingMode(tracing->get("lambda"));
  applyRuntimeManagement(fields.node("runtimeManagement"), p.runtimeManagement);
  p.logDataProtectionPolicy = fields.copy("logDataProtectionPolicy");
  p.versionFunctions = fields.boolean("versionFunctions").value_or(true);
  p.websocketsApiName = fields.text("websocketsApiName");
  p.websocketsApiRouteSelectionExpression = fields.text("websocketsApiRouteSelectionExpression");
  p.websocketsDescription = fields.text("websocketsDescription");
  if (const Node* bucket = fields.node("deploymentBucket")) {
    const Node* name = bucket->isMap() ? bucket->get("name") : bucket;
    if (name && !name->isNull()) p.deploymentBucket = *name;
    if (bucket->isMap()) p.deploymentBucketSettings = *bucket;
  }
  p.deploymentPrefix = fields.text("deploymentPrefix").value_or("serverless");
  if (const Node* websocket = fields.node("websocket"); websocket && websocket->isMap())
    p.websocketUseProviderTags =
        Fields(*websocket, diagnostics).boolean("useProviderTags").value_or(false);
  if (const Node* apiGateway = fields.node("apiGateway"); apiGateway && apiGateway->isMap())
    p.websocketApiId = Fields(*apiGateway, diagnostics).copy("websocketApiId");
  readIam(provider, p, diagnostics);
  readWebsocketLogs(provider, p, diagnostics);
  warnMisspellings(provider, diagnostics);
  return p;
}

}  // namespace slsc
