// alb, model: provider.alb and the `alb` events of a function: {listenerArn, priority,
// conditions, …}. The listener's ids come from its ARN as the reference reads them.
#include "events/alb/family.h"
#include "model/builders.h"
#include "model/fields.h"

namespace slsc::alb {
namespace {

// A string or a list of strings, as a list.
std::vector<std::string> stringList(const Node& value) {
  std::vector<std::string> out;
  if (value.isSeq()) {
    for (const auto& item : value.items())
      if (item.isScalar()) out.push_back(item.text());
  } else if (value.isScalar()) {
    out.push_back(value.text());
  }
  return out;
}

std::optional<std::vector<std::string>> optionalList(const Fields& fields, std::string_view key) {
  if (const Node* value = fields.node(key)) return stringList(*value);
  return std::nullopt;
}

void readHeader(const Node& value, std::vector<Header>& out) {
  if (!value.isMap()) return;
  Header h;
  if (const Node* name = value.get("name"); name && name->isScalar()) h.name = name->text();
  if (const Node* values = value.get("values")) h.values = stringList(*values);
  out.push_back(std::move(h));
}

Conditions readConditions(const Node& value, Diagnostics& diagnostics) {
  Conditions c;
  c.at = value.location();
  if (!value.isMap()) return c;
  Fields fields(value, diagnostics);
  c.path = optionalList(fields, "path");
  c.host = optionalList(fields, "host");
  c.method = optionalList(fields, "method");
  if (const Node* header = fields.node("header")) {
    if (header->isSeq())
      for (const auto& item : header->items()) readHeader(item, c.headers);
    else
      readHeader(*header, c.headers);
  }
  if (const Node* query = fields.node("query"); query && query->isMap()) {
    c.query.emplace();
    for (const auto& e : query->entries())
      c.query->emplace_back(e.key, e.value.isScalar() ? e.value.text() : std::string());
  }
  c.ip = optionalList(fields, "ip");
  return c;
}

std::optional<Node> copyOf(const Node& map, std::string_view key) {
  const Node* value = map.get(key);
  if (!value || value->isNull()) return std::nullopt;
  return *value;
}

std::optional<HealthCheck> readHealthCheck(const Node& value) {
  if (value.isNull() || value.asBool() == std::optional<bool>(false)) return std::nullopt;
  HealthCheck h;
  if (!value.isMap()) return h;
  h.path = copyOf(value, "path");
  h.intervalSeconds = copyOf(value, "intervalSeconds");
  h.timeoutSeconds = copyOf(value, "timeoutSeconds");
  h.healthyThresholdCount = copyOf(value, "healthyThresholdCount");
  // The reference skips a zero here (a falsy test); the schema allows 2 to 10 only.
  h.unhealthyThresholdCount = copyOf(value, "unhealthyThresholdCount");
  if (const Node* matcher = value.get("matcher"); matcher && matcher->isMap())
    if (const Node* code = matcher->get("httpCode"); code && code->isScalar())
      h.httpCode = code->text();
  return h;
}

bool isIdPart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-';
}

// arn:aws…:elasticloadbalancing:…:listener/app/<name>/<alb id>/<listener id>, as the
// reference's pattern reads it; false when the ARN does not match.
bool splitListenerArn(const std::string& arn, std::string& albId, std::string& listenerId) {
  if (arn.rfind("arn:aws", 0) != 0) return false;
  auto service = arn.find(":elasticloadbalancing:");
  if (service == std::string::npos) return false;
  const std::string marker = ":listener/app/";
  auto at = arn.rfind(marker);
  if (at == std::string::npos || at <= service + 22) return false;
  std::vector<std::string> parts(1);
  for (char c : arn.substr(at + marker.size())) {
    if (c == '/') parts.emplace_back();
    else if (isIdPart(c)) parts.back() += c;
    else return false;
  }
  if (parts.size() != 3) return false;
  for (const auto& p : parts)
    if (p.empty()) return false;
  albId = parts[1];
  listenerId = parts[2];
  return true;
}

void readListener(const Node& value, Event& e) {
  e.listenerArn = value;
  e.listenerAt = value.location();
  if (value.isMap()) {
    if (const Node* ref = value.get("Ref"); ref && ref->isScalar())
      e.albId = e.listenerId = ref->text();
    return;
  }
  if (value.isScalar() && !splitListenerArn(value.text(), e.albId, e.listenerId))
    e.albId.clear(), e.listenerId.clear();
}

std::optional<Event> readEvent(const Node& value, Diagnostics& diagnostics) {
  if (!value.isMap()) return std::nullopt;
  Event e;
  e.at = value.location();
  Fields fields(value, diagnostics);
  if (const Node* listener = fields.node("listenerArn")) readListener(*listener, e);
  if (auto priority = fields.integer("priority")) e.priority = *priority;
  e.priorityAt = value.get("priority") ? fields.keyAt("priority") : e.at;
  if (const Node* conditions = fields.node("conditions"))
    e.conditions = readConditions(*conditions, diagnostics);
  else
    e.conditions.at = e.at;
  e.multiValueHeaders = fields.boolean("multiValueHeaders").value_or(false);
  e.targetGroupName = fields.text("targetGroupName");
  if (e.targetGroupName) e.targetGroupNameAt = fields.keyAt("targetGroupName");
  if (const Node* authorizer = fields.node("authorizer")) {
    e.authorizers = stringList(*authorizer);
    e.authorizerAt = authorizer->location();
  }
  if (const Node* health = fields.node("healthCheck")) e.healthCheck = readHealthCheck(*health);
  return e;
}

}  // namespace

void buildSettings(const Node& provider, Service& service, Diagnostics& diagnostics) {
  const Node* alb = provider.get("alb");
  if (!alb || !alb->isMap()) return;
  Settings& s = service.events.alb.settings;
  Fields fields(*alb, diagnostics);
  if (auto prefix = fields.text("targetGroupPrefix"); prefix && !prefix->empty()) {
    s.targetGroupPrefix = *prefix;
    s.prefixAt = fields.keyAt("targetGroupPrefix");
  }
  if (const Node* authorizers = fields.node("authorizers"); authorizers && authorizers->isMap()) {
    for (const auto& entry : authorizers->entries()) {
      Authorizer a;
      a.key = entry.key;
      a.at = keyLocation(entry);
      a.settings = entry.value;
      if (const Node* type = entry.value.isMap() ? entry.value.get("type") : nullptr;
          type && type->isScalar())
        a.type = type->text();
      s.authorizers.push_back(std::move(a));
    }
  }
}

void buildEvents(const FunctionEvents& in, Service& service, Diagnostics& diagnostics) {
  for (const auto& event : in.events.items()) {
    if (!event.isMap()) continue;
    const MapEntry* alb = event.entry("alb");
    if (!alb) continue;
    auto built = readEvent(alb->value, diagnostics);
    if (!built) continue;
    built->function = in.function;
    service.events.alb.events.push_back(std::move(*built));
  }
}

}  // namespace slsc::alb
