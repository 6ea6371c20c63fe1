// functions: IamRoleLambdaExecution, the role functions without a role of their own assume, and
// the roles of their own that functions ask for (per-function roles).
#include <fmt/format.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <unordered_set>

#include "compile/iam.h"
#include "compile/units.h"
#include "model/fields.h"
#include "naming/naming.h"

namespace slsc {
namespace {

Json logGroupArn(JsonFactory& json, const std::string& logGroup, std::string_view suffix) {
  return json.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:" +
                  logGroup + std::string(suffix));
}

Json statement(JsonFactory& json, std::string_view effect, Json action, Json resource) {
  return JsonObject(json)
      .set("Effect", effect)
      .set("Action", std::move(action))
      .set("Resource", std::move(resource))
      .take();
}

// Logs statements: functions with their own name get their own log group's ARN; functions
// named service-stage-… share one wildcard ARN, and those among them with logs disabled are
// denied PutLogEvents.
void addLogStatements(CompileContext& context, std::vector<Json>& statements) {
  JsonFactory& json = context.json();
  std::string prefix = fmt::format("{}-{}", context.service.name, context.provider.stage);
  std::vector<Json> create;
  std::vector<Json> put;
  std::vector<Json> denied;
  bool anyCanonical = false;
  for (const auto& fn : context.service.functions) {
    if (fn.ownRole) continue;
    bool canonical = fn.name.rfind(prefix, 0) == 0;
    if (canonical) {
      if (fn.disableLogs) denied.push_back(logGroupArn(json, "/aws/lambda/" + fn.name, ":*"));
      else anyCanonical = true;
      continue;
    }
    if (fn.disableLogs) continue;
    create.push_back(logGroupArn(json, "/aws/lambda/" + fn.name, ":*"));
    put.push_back(logGroupArn(json, "/aws/lambda/" + fn.name, ":*:*"));
  }
  if (anyCanonical) {
    create.push_back(logGroupArn(json, "/aws/lambda/" + prefix, "*:*"));
    put.push_back(logGroupArn(json, "/aws/lambda/" + prefix, "*:*:*"));
  }
  statements.push_back(statement(
      json, "Allow",
      json.strings({"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource"}),
      json.array(std::move(create))));
  statements.push_back(statement(json, "Allow", json.strings({"logs:PutLogEvents"}),
                                 json.array(std::move(put))));
  if (anyCanonical && !denied.empty())
    statements.push_back(
        statement(json, "Deny", json.str("logs:PutLogEvents"), json.array(std::move(denied))));
}

Json listOf(JsonFactory& json, Json item) {
  std::vector<Json> items;
  items.push_back(std::move(item));
  return json.array(std::move(items));
}

// A statement's JSON with every map's keys sorted: equal statements, as lodash's isEqual sees
// them, give equal text.
void writeCanonical(const Json& value, rapidjson::Writer<rapidjson::StringBuffer>& writer) {
  if (value.IsObject()) {
    std::vector<const Json::Member*> members;
    for (const auto& m : value.GetObject()) members.push_back(&m);
    std::sort(members.begin(), members.end(), [](const Json::Member* a, const Json::Member* b) {
      return std::string_view(a->name.GetString(), a->name.GetStringLength()) <
             std::string_view(b->name.GetString(), b->name.GetStringLength());
    });
    writer.StartObject();
    for (const Json::Member* m : members) {
      writer.Key(m->name.GetString(), m->name.GetStringLength());
      writeCanonical(m->value, writer);
    }
    writer.EndObject();
  } else if (value.IsArray()) {
    writer.StartArray();
    for (const auto& item : value.GetArray()) writeCanonical(item, writer);
    writer.EndArray();
  } else {
    value.Accept(writer);
  }
}

std::string canonicalJson(const Json& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writeCanonical(value, writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The policy's statements as the reference builds them: `push` appends; `unite` is lodash's
// unionWith(isEqual): the list loses its repeated statements and gains the new one unless it
// holds it already. Statements compare by their JSON with sorted keys.
class StatementList {
 public:
  void push(Json statement) { items_.push_back(std::move(statement)); }
  void unite(Json statement) {
    std::vector<Json> kept;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (i < unique_ || seen_.insert(canonicalJson(items_[i])).second)
        kept.push_back(std::move(items_[i]));
    }
    items_ = std::move(kept);
    if (seen_.insert(canonicalJson(statement)).second) items_.push_back(std::move(statement));
    unique_ = items_.size();
  }
  std::vector<Json> take() { return std::move(items_); }

 private:
  std::vector<Json> items_;
  std::unordered_set<std::string> seen_;  // the canonical JSON of items_[0, unique_)
  std::size_t unique_ = 0;
};

// What a function's dead-letter topic, KMS key, tracing and file system need, in that order.
void addFunctionStatements(JsonFactory& json, const Function& fn, StatementList& statements) {
  if (fn.onError && fn.onError->isScalar())
    statements.push(statement(json, "Allow", json.strings({"sns:Publish"}),
                              listOf(json, json.fromNode(*fn.onError))));
  if (fn.kmsKeyArn && fn.kmsKeyArn->isScalar())
    statements.unite(statement(json, "Allow", json.strings({"kms:Decrypt"}),
                               listOf(json, json.fromNode(*fn.kmsKeyArn))));
  if (fn.tracing)
    statements.unite(statement(json, "Allow",
                               json.strings({"xray:PutTraceSegments", "xray:PutTelemetryRecords"}),
                               json.strings({"*"})));
  if (fn.fileSystemConfig && fn.fileSystemConfig->isMap()) {
    const Node* arn = fn.fileSystemConfig->get("arn");
    statements.push(statement(
        json, "Allow", json.strings({"elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"}),
        listOf(json, arn ? json.fromNode(*arn) : Json())));
  }
}

// Lets a function without a role of its own invoke its destination; the reference adds each
// destination written as a string once.
void addDestinationStatement(CompileContext& context, const Node& target,
                             std::unordered_set<std::string>& added, StatementList& statements) {
  JsonFactory& json = context.json();
  if (target.isMap()) {
    static const std::pair<const char*, const char*> actions[] = {
        {"function", "lambda:InvokeFunction"}, {"sqs", "sqs:SendMessage"},
        {"sns", "sns:Publish"}, {"eventBus", "events:PutEvents"}};
    const Node* type = target.get("type");
    const Node* arn = target.get("arn");
    for (const auto& [name, action] : actions) {
      if (type && type->isScalar() && type->text() == name)
        statements.push(statement(json, "Allow", json.str(action), arn ? json.fromNode(*arn) : Json()));
    }
    return;
  }
  if (!target.isScalar() || !added.insert(target.text()).second) return;
  const std::string& text = target.text();
  Json resource = json.str(text);
  if (text.rfind("arn:", 0) != 0) {
    const Function* destination = context.function(text);
    if (!destination) return;
    resource = json.sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:" +
                        destination->name);
  }
  statements.push(statement(json, "Allow", json.str(destinationAction(text)), std::move(resource)));
}

void addDestinationStatements(CompileContext& context, const Function& fn,
                              std::unordered_set<std::string>& added, StatementList& statements) {
  if (fn.role || !fn.destinations || !fn.destinations->isMap()) return;
  for (const char* key : {"onSuccess", "onFailure"})
    if (const Node* target = fn.destinations->get(key))
      addDestinationStatement(context, *target, added, statements);
}

// The statements functions add, in the order the reference's concurrent compile adds them: each
// zip function its own at once (and its destinations', when it has no version to wait for);
// then each image function, after its image; then the versioned zip functions' destinations,
// after their code's digest.
void addFunctionsStatements(CompileContext& context, StatementList& statements) {
  JsonFactory& json = context.json();
  std::unordered_set<std::string> added;
  for (const auto& fn : context.service.functions) {
    if (fn.image || fn.ownRole) continue;
    addFunctionStatements(json, fn, statements);
    if (!context.isVersioned(fn)) addDestinationStatements(context, fn, added, statements);
  }
  for (const auto& fn : context.service.functions) {
    if (!fn.image || fn.ownRole) continue;
    addFunctionStatements(json, fn, statements);
    addDestinationStatements(context, fn, added, statements);
  }
  for (const auto& fn : context.service.functions)
    if (!fn.image && !fn.ownRole && context.isVersioned(fn))
      addDestinationStatements(context, fn, added, statements);
}

Json policies(CompileContext& context, const Contributions& contributions) {
  JsonFactory& json = context.json();
  std::vector<Json> logs;
  addLogStatements(context, logs);
  StatementList built;
  for (auto& s : logs) built.push(std::move(s));
  for (const auto& s : context.provider.iamStatements) built.push(json.fromNode(s));
  addFunctionsStatements(context, built);
  std::vector<Json> statements = built.take();
  for (const auto& s : contributions.roleStatements) statements.push_back(json.copy(s.statement));
  std::vector<Json> nameParts;
  nameParts.push_back(json.str(context.service.name));
  nameParts.push_back(json.str(context.provider.stage));
  nameParts.push_back(json.str("lambda"));
  return inlinePolicies(json, std::move(nameParts), std::move(statements));
}

Json roleName(CompileContext& context) {
  JsonFactory& json = context.json();
  if (context.provider.roleName) return json.fromNode(*context.provider.roleName);
  std::vector<Json> parts;
  parts.push_back(json.str(context.service.name));
  parts.push_back(json.str(context.provider.stage));
  parts.push_back(json.ref("AWS::Region"));
  parts.push_back(json.str("lambdaRole"));
  return json.join("-", std::move(parts));
}

Json roleTags(JsonFactory& json, const std::vector<MapEntry>& tags) {
  std::vector<Json> out;
  for (const auto& e : tags)
    out.push_back(JsonObject(json).set("Key", e.key).set("Value", json.fromNode(e.value)).take());
  return json.array(std::move(out));
}

Json vpcAccessPolicy(JsonFactory& json) {
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"));
  return json.join("", std::move(parts));
}

std::vector<Json> managedPolicies(CompileContext& context) {
  JsonFactory& json = context.json();
  std::vector<Json> out;
  if (const auto& managed = context.provider.managedPolicies; managed && managed->isSeq())
    for (const auto& arn : managed->items()) out.push_back(json.fromNode(arn));
  bool vpc = context.provider.vpc.has_value();
  for (const auto& fn : context.service.functions) vpc = vpc || (fn.vpc.has_value() && !fn.ownRole);
  if (vpc) out.push_back(vpcAccessPolicy(json));
  return out;
}

// The parts of an AWS::IAM::Role that differ between the shared role and a function's own.
struct RoleParts {
  Json policies;
  std::string path;
  Json name;
  std::optional<Json> tags;
  std::optional<Json> boundary;
  std::vector<Json> managed;
  std::vector<std::string> services;  // trusted beside Lambda
};

Json trustPolicy(JsonFactory& json, const std::vector<std::string>& services) {
  Json policy = lambdaAssumeRolePolicy(json);
  Json& principals = policy["Statement"][0]["Principal"]["Service"];
  for (const auto& s : services) principals.PushBack(json.str(s), json.allocator());
  return policy;
}

// The services the families' events need trusted, for the shared role (every one) or a
// function's own (those naming it).
std::vector<std::string> trustedServices(const Contributions& contributions,
                                         std::optional<std::size_t> function) {
  std::vector<std::string> out;
  for (const auto& s : contributions.roleServices) {
    bool wanted = !function || std::find(s.functions.begin(), s.functions.end(), *function) != s.functions.end();
    if (wanted && std::find(out.begin(), out.end(), s.service) == out.end()) out.push_back(s.service);
  }
  return out;
}

Json roleResource(JsonFactory& json, RoleParts parts) {
  JsonObject properties(json);
  properties.set("AssumeRolePolicyDocument", trustPolicy(json, parts.services));
  // IAM refuses an inline policy without statements (a function's own role may have none).
  const Json& document = parts.policies[0]["PolicyDocument"];
  if (!document["Statement"].Empty()) properties.set("Policies", std::move(parts.policies));
  properties
      .set("Path", parts.path)
      .set("RoleName", std::move(parts.name));
  if (parts.tags) properties.set("Tags", std::move(*parts.tags));
  if (parts.boundary) properties.set("PermissionsBoundary", std::move(*parts.boundary));
  if (!parts.managed.empty()) properties.set("ManagedPolicyArns", json.array(std::move(parts.managed)));
  return JsonObject(json).set("Type", "AWS::IAM::Role").set("Properties", properties.take()).take();
}

// A function's own role: its log group, what its settings and destinations need, what the
// families add for its events, the provider's statements when it inherits them, then its own.
Json ownPolicies(CompileContext& context, const Function& fn, std::size_t index,
                 const Contributions& contributions) {
  JsonFactory& json = context.json();
  const OwnRole& own = *fn.ownRole;
  StatementList statements;
  if (!fn.disableLogs) {
    std::string group = "/aws/lambda/" + fn.name;
    statements.push(statement(
        json, "Allow",
        json.strings({"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource"}),
        listOf(json, logGroupArn(json, group, ":*"))));
    statements.push(statement(json, "Allow", json.strings({"logs:PutLogEvents"}),
                              listOf(json, logGroupArn(json, group, ":*:*"))));
  }
  addFunctionStatements(json, fn, statements);
  std::unordered_set<std::string> added;
  addDestinationStatements(context, fn, added, statements);
  for (const auto& s : contributions.roleStatements)
    if (std::find(s.functions.begin(), s.functions.end(), index) != s.functions.end())
      statements.push(json.copy(s.statement));
  if (own.inheritStatements)
    for (const auto& s : context.provider.iamStatements) statements.unite(json.fromNode(s));
  for (const auto& s : own.statements) statements.unite(json.fromNode(s));
  std::vector<Json> nameParts;
  nameParts.push_back(json.str(context.service.name));
  nameParts.push_back(json.str(context.provider.stage));
  nameParts.push_back(json.str(fn.key));
  nameParts.push_back(json.str("lambda"));
  return inlinePolicies(json, std::move(nameParts), statements.take());
}

// <service>-<stage>-<function>-<region>-lambdaRole, as v4 names it; without "-lambdaRole" when
// that makes it longer than the 64 characters IAM allows (the model reports what is still too
// long).
Json ownRoleName(CompileContext& context, const Function& fn) {
  JsonFactory& json = context.json();
  if (fn.ownRole->name) return json.fromNode(*fn.ownRole->name);
  const Provider& p = context.provider;
  std::vector<Json> parts;
  parts.push_back(json.str(context.service.name));
  parts.push_back(json.str(p.stage));
  parts.push_back(json.str(fn.key));
  parts.push_back(json.ref("AWS::Region"));
  if (ownRoleNameLength(context.service, fn, true) <= kMaxRoleNameLength)
    parts.push_back(json.str("lambdaRole"));
  return json.join("-", std::move(parts));
}

Json ownRole(CompileContext& context, const Function& fn, std::size_t index,
             const Contributions& contributions) {
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  const OwnRole& own = *fn.ownRole;
  RoleParts parts;
  parts.policies = ownPolicies(context, fn, index, contributions);
  parts.services = trustedServices(contributions, index);
  parts.path = own.path.value_or(p.rolePath.value_or("/"));
  parts.name = ownRoleName(context, fn);
  std::vector<MapEntry> tags;
  if (p.roleTags && p.roleTags->isMap()) tags = p.roleTags->entries();
  if (own.tags && own.tags->isMap()) assignEntries(tags, own.tags->entries());
  if (!tags.empty()) parts.tags = roleTags(json, tags);
  if (own.permissionsBoundary) parts.boundary = json.fromNode(*own.permissionsBoundary);
  // Under mode: perFunction the provider's managed policies are every role's (as in v4).
  if (p.rolePerFunctionAt && p.managedPolicies && p.managedPolicies->isSeq())
    for (const auto& arn : p.managedPolicies->items()) parts.managed.push_back(json.fromNode(arn));
  if (own.managedPolicies && own.managedPolicies->isSeq())
    for (const auto& arn : own.managedPolicies->items()) parts.managed.push_back(json.fromNode(arn));
  if (fn.subnetIds) parts.managed.push_back(vpcAccessPolicy(json));
  return roleResource(json, std::move(parts));
}

}  // namespace

namespace {

void compileSharedRole(CompileContext& context, const Contributions& contributions) {
  if (!context.generatesLambdaRole()) return;
  JsonFactory& json = context.json();
  const Provider& p = context.provider;
  RoleParts parts;
  parts.policies = policies(context, contributions);
  parts.services = trustedServices(contributions, std::nullopt);
  parts.path = p.rolePath.value_or("/");
  parts.name = roleName(context);
  if (p.roleTags && p.roleTags->isMap()) parts.tags = roleTags(json, p.roleTags->entries());
  if (p.permissionsBoundary) parts.boundary = json.fromNode(*p.permissionsBoundary);
  parts.managed = managedPolicies(context);
  context.out.addResource(std::string(naming::kLambdaRole), roleResource(json, std::move(parts)),
                          context.serviceLocation());
}

void compileFunctionRoles(CompileContext& context, const Contributions& contributions) {
  const auto& functions = context.service.functions;
  for (std::size_t i = 0; i < functions.size(); ++i) {
    const Function& fn = functions[i];
    if (!fn.ownRole) continue;
    context.out.addResource(naming::functionRole(fn.key), ownRole(context, fn, i, contributions),
                            fn.ownRole->at);
  }
}

}  // namespace

void compileLambdaRoles(CompileContext& context, const Contributions& contributions) {
  compileSharedRole(context, contributions);
  compileFunctionRoles(context, contributions);
}

}  // namespace slsc
