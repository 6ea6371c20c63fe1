// Resource properties the service refuses at create time.
#include "check/resources.h"

#include <fmt/format.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "check/locate.h"
#include "model/builders.h"

namespace slsc {
namespace {

std::string_view view(const Json& s) { return {s.GetString(), s.GetStringLength()}; }

// The names `list` gives under `key` in each of its items; nothing when any is not literal
// (a CloudFormation function: known only at deploy time).
bool collectNames(const Json& list, std::string_view key, std::set<std::string>& names) {
  if (!list.IsArray()) return false;
  for (const auto& item : list.GetArray()) {
    const Json* name = item.IsObject() ? member(item, key) : nullptr;
    if (!name || !name->IsString()) return false;
    names.insert(std::string(view(*name)));
  }
  return true;
}

// The attributes a table's key schemas use, its indexes' included; nothing when one is unknown.
std::optional<std::set<std::string>> keyAttributes(const Json& properties) {
  std::set<std::string> used;
  const Json* keys = member(properties, "KeySchema");
  if (!keys || !collectNames(*keys, "AttributeName", used)) return std::nullopt;
  for (std::string_view indexes : {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
    const Json* list = member(properties, indexes);
    if (!list) continue;
    if (!list->IsArray()) return std::nullopt;
    for (const auto& index : list->GetArray()) {
      const Json* indexKeys = index.IsObject() ? member(index, "KeySchema") : nullptr;
      if (!indexKeys || !collectNames(*indexKeys, "AttributeName", used)) return std::nullopt;
    }
  }
  return used;
}

std::string quotedList(const std::set<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "'" : ", '") + name + "'";
  return text;
}

void checkTableKeys(const TemplateEntry& entry, const Node* source, Diagnostics& diagnostics) {
  const Json* properties = member(entry.value, "Properties");
  const Json* definitions = properties ? member(*properties, "AttributeDefinitions") : nullptr;
  std::set<std::string> defined;
  if (!definitions || !collectNames(*definitions, "AttributeName", defined)) return;
  auto used = keyAttributes(*properties);
  if (!used) return;
  std::set<std::string> unused, undefined;
  for (const auto& name : defined)
    if (!used->count(name)) unused.insert(name);
  for (const auto& name : *used)
    if (!defined.count(name)) undefined.insert(name);
  if (unused.empty() && undefined.empty()) return;
  std::string problem;
  if (!unused.empty())
    problem = fmt::format("AttributeDefinitions defines {}, which no key schema uses", quotedList(unused));
  if (!undefined.empty())
    problem += fmt::format("{}the key schemas use {}, which AttributeDefinitions does not define",
                           problem.empty() ? "" : "; ", quotedList(undefined));
  const Node* props = source ? findResourceAttribute(*source, entry.id, "Properties") : nullptr;
  const MapEntry* written = props && props->isMap() ? props->entry("AttributeDefinitions") : nullptr;
  diagnostics.error(written ? written->keyAt : entry.origin, "dynamodb-key-attributes",
                    fmt::format("'{}': {}; DynamoDB refuses the table at deploy time: "
                                "AttributeDefinitions must name exactly the attributes of "
                                "KeySchema and of the indexes' key schemas",
                                entry.id, problem));
}

// The statements of one policy document as the user wrote it.
void checkDocument(const Node* document, Diagnostics& diagnostics) {
  const Node* statements = document && document->isMap() ? document->get("Statement") : nullptr;
  if (!statements) return;
  if (statements->isMap()) checkStatementResources(*statements, diagnostics);
  if (statements->isSeq())
    for (const auto& statement : statements->items()) checkStatementResources(statement, diagnostics);
}

// An IAM role's or policy's statements from `resources:`, checked as the provider's are: the
// reference copies them as written, and IAM refuses a malformed Resource at deploy time.
void checkPolicyResources(const TemplateEntry& entry, std::string_view type, const Node& source,
                          Diagnostics& diagnostics) {
  const Node* props = findResourceAttribute(source, entry.id, "Properties");
  if (!props || !props->isMap()) return;
  if (type != "AWS::IAM::Role") return checkDocument(props->get("PolicyDocument"), diagnostics);
  const Node* policies = props->get("Policies");
  if (!policies || !policies->isSeq()) return;
  for (const auto& policy : policies->items())
    if (policy.isMap()) checkDocument(policy.get("PolicyDocument"), diagnostics);
}

bool isPolicyType(std::string_view type) {
  return type == "AWS::IAM::Role" || type == "AWS::IAM::Policy" ||
         type == "AWS::IAM::ManagedPolicy";
}

}  // namespace

void checkResourceProperties(const Template& t, const Node* source, Diagnostics& diagnostics) {
  for (const auto& entry : t.resources().entries()) {
    const Json* type = member(entry.value, "Type");
    if (!type || !type->IsString()) continue;
    if (view(*type) == "AWS::DynamoDB::Table" || view(*type) == "AWS::DynamoDB::GlobalTable")
      checkTableKeys(entry, source, diagnostics);
    if (source && isPolicyType(view(*type)))
      checkPolicyResources(entry, view(*type), *source, diagnostics);
  }
}

}  // namespace slsc
