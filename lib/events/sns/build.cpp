// sns, model: the `sns` events of a function: a topic name, a topic ARN, or a map with `arn`
// and/or `topicName` and the subscription's settings.
#include <fmt/format.h>

#include "events/sns/family.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::sns {
namespace {

// An ARN's parts between single colons ("::" stays inside a part, as the reference splits).
std::vector<std::string> arnParts(const std::string& arn) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < arn.size(); ++i) {
    if (arn[i] == ':' && i + 1 < arn.size() && arn[i + 1] == ':') {
      out.back() += "::";
      ++i;
    } else if (arn[i] == ':') {
      out.emplace_back();
    } else {
      out.back() += arn[i];
    }
  }
  return out;
}

// The topic's name and, when it is not the service's, its region, from an ARN string.
void readArn(const std::string& arn, const std::string& serviceRegion, Event& e) {
  auto parts = arnParts(arn);
  e.topicName = parts.back();
  if (parts.size() > 3 && parts[3] != serviceRegion) e.region = parts[3];
}

std::optional<DeadLetterQueue> readDeadLetter(const Node& value, Diagnostics& diagnostics) {
  if (!value.isMap()) return std::nullopt;
  DeadLetterQueue q;
  q.at = value.location();
  Fields fields(value, diagnostics);
  if (auto arn = fields.text("deadLetterTargetArn")) {
    q.kind = DeadLetterQueue::Kind::Arn;
    q.arn = *arn;
    return q;
  }
  if (auto ref = fields.text("deadLetterTargetRef")) {
    q.kind = DeadLetterQueue::Kind::Ref;
    q.logicalId = *ref;
    return q;
  }
  const Node* import = fields.node("deadLetterTargetImport");
  if (!import || !import->isMap()) return std::nullopt;
  q.kind = DeadLetterQueue::Kind::Import;
  Fields imported(*import, diagnostics);
  q.importArn = imported.copy("arn");
  q.importUrl = imported.copy("url");
  if (!q.importArn || !q.importUrl) return std::nullopt;
  return q;
}

std::optional<Event> readMap(const Node& value, const Service& service, const std::string& function,
                             Diagnostics& diagnostics) {
  Event e;
  e.at = value.location();
  Fields fields(value, diagnostics);
  e.arn = fields.copy("arn");
  if (e.arn) {
    e.topicAt = e.arn->location();
    if (e.arn->isScalar()) readArn(e.arn->text(), service.provider.region, e);
  }
  if (auto name = fields.text("topicName")) {
    e.topicName = *name;
    e.topicAt = fields.node("topicName")->location();
  }
  if (e.topicName.empty()) {
    diagnostics.error(e.at, "sns-topic-name-missing",
                      e.arn ? fmt::format("the sns event of function '{}' gives its topic's ARN as "
                                          "a CloudFormation function, and needs 'topicName' too",
                                          function)
                            : fmt::format("the sns event of function '{}' names no topic", function));
    return std::nullopt;
  }
  if (const Node* display = fields.node("displayName")) {
    e.displayName = fields.text("displayName");
    e.displayNameAt = display->location();
  }
  e.filterPolicy = fields.copy("filterPolicy");
  e.filterPolicyScope = fields.copy("filterPolicyScope");
  if (const Node* redrive = fields.node("redrivePolicy")) e.deadLetter = readDeadLetter(*redrive, diagnostics);
  if (const Node* kms = fields.node("kmsMasterKeyId")) {
    e.kmsMasterKeyId = *kms;
    e.kmsAt = kms->location();
  }
  return e;
}

std::optional<Event> readEvent(const Node& value, const Service& service, const std::string& function,
                               Diagnostics& diagnostics) {
  if (value.isMap()) return readMap(value, service, function, diagnostics);
  if (!value.isScalar() || value.text().empty()) {
    diagnostics.error(value.location(), "type-mismatch", "an sns event is a topic name, an ARN or a map");
    return std::nullopt;
  }
  Event e;
  e.at = value.location();
  e.topicAt = e.at;
  const std::string& text = value.text();
  if (text.rfind("arn:", 0) != 0) {
    e.topicName = text;
    return e;
  }
  e.arn = value;
  e.topicName = text.substr(text.rfind(':') + 1);
  // The reference gives a subscription to a topic of another region its Region only in the
  // map form; the deploy fails without it, so the default mode gives it in both.
  if (service.compat != Compat::ServerlessV3) {
    readArn(text, service.provider.region, e);
    e.topicName = text.substr(text.rfind(':') + 1);
  }
  return e;
}

}  // namespace

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  const std::string& key = service.functions[in.function].key;
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* sns = event.entry("sns");
    if (!sns) continue;
    auto built = readEvent(sns->value, service, key, diagnostics);
    if (!built) continue;
    built->function = in.function;
    service.events.sns.events.push_back(std::move(*built));
  }
}

}  // namespace slsc::sns
