// websocket, model: the API's custom domain — provider.websocket.domain (sls-compile's), or the
// Serverless Framework v4's provider.domain / provider.domains entry with apiType: websocket.
// v4 creates its domains by API calls around the deploy; here they are resources of the stack.
#include <fmt/format.h>

#include "events/websocket/family.h"
#include "model/builders.h"
#include "model/fields.h"
#include "source/ascii.h"

namespace slsc::websockets {
namespace {

// v4's settings that steer its API calls around the deploy: a template has no such step.
constexpr const char* kIgnored[] = {
    "autoDomain",      "autoDomainWaitFor", "route53Profile",   "route53Region",
    "route53Params",   "hostedZonePrivate", "splitHorizonDns",  "allowPathMatching",
    "preserveExternalPathMappings",         "accessMode",       "stage",
};

bool isLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// A host name API Gateway accepts: dot-separated labels of a-z, 0-9 and '-', none empty, none
// over 63 characters, at least two, 253 characters in all; a leading "*." for a wildcard.
bool isDomainName(std::string_view name) {
  if (name.rfind("*.", 0) == 0) name.remove_prefix(2);
  if (name.empty() || name.size() > 253) return false;
  std::size_t labels = 0;
  std::size_t start = 0;
  for (;;) {
    std::size_t dot = name.find('.', start);
    std::string_view label = name.substr(start, dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!isLabelChar(c)) return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return labels >= 2;
}

// The characters API Gateway allows in a base path (one segment: websocket mappings have no
// multi-level keys).
bool isBasePath(std::string_view path) {
  for (char c : path) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              std::string_view("$_.+!*'()-").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return !path.empty();
}

void readBasePath(const Node& value, Domain& out, Diagnostics& diagnostics) {
  if (!value.isScalar()) return;
  std::string path = value.text();
  while (!path.empty() && path.front() == '/') path.erase(path.begin());
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.empty() || path == "(none)") return;
  if (path.find('/') != std::string::npos || !isBasePath(path)) {
    diagnostics.error(value.location(), "websocket-domain-base-path",
                      fmt::format("base path '{}' is not one segment of letters, digits and "
                                  "$_.+!*'()-: websocket API mappings have no multi-level keys",
                                  value.text()));
    return;
  }
  out.basePath = path;
  out.basePathAt = valueLocation(value);
}

void readEndpoint(const Fields& fields, Domain& out, Diagnostics& diagnostics) {
  if (const Node* type = fields.node("endpointType"); type && type->isScalar() &&
                                                       asciiUpper(type->text()) != "REGIONAL")
    diagnostics.error(type->location(), "websocket-domain-edge",
                      fmt::format("endpointType '{}': websocket APIs have regional custom "
                                  "domains only",
                                  type->text()));
  if (const Node* policy = fields.node("securityPolicy"); policy && policy->isScalar()) {
    std::string upper = asciiUpper(policy->text());
    if (upper == "TLS_1_2")
      out.securityPolicy = upper;
    else
      diagnostics.error(policy->location(), "websocket-domain-security-policy",
                        fmt::format("securityPolicy '{}': a websocket API's custom domain "
                                    "supports TLS_1_2 only",
                                    policy->text()));
  }
}

void readCertificate(const Fields& fields, Domain& out, Diagnostics& diagnostics) {
  out.certificateArn = fields.copy("certificateArn");
  out.hostedZoneId = fields.copy("hostedZoneId");
  // With a hosted zone the certificate is created in the stack, so its name needs no lookup.
  if (const Node* name = fields.node("certificateName");
      name && !out.certificateArn && !out.hostedZoneId) {
    diagnostics.error(name->location(), "websocket-domain-certificate-name",
                      "certificateName is found by an ACM lookup during the deploy, which a "
                      "template cannot make: give the certificate's 'certificateArn', or "
                      "'hostedZoneId' to create a DNS-validated certificate in the stack");
    return;
  }
  if (!out.certificateArn && !out.hostedZoneId)
    diagnostics.error(out.nameAt, "websocket-domain-no-certificate",
                      fmt::format("custom domain '{}' has no certificate: give "
                                  "'certificateArn' (an ACM certificate in this region), or "
                                  "'hostedZoneId' to create one validated by DNS in that zone",
                                  out.name));
}

void readRecords(const Node& value, const Fields& fields, Domain& out, Diagnostics& diagnostics) {
  out.createRecord = fields.boolean("createRoute53Record").value_or(true);
  out.createIpv6Record = fields.boolean("createRoute53IPv6Record").value_or(false);
  if (out.hostedZoneId) return;
  for (const char* key : {"createRoute53Record", "createRoute53IPv6Record"})
    if (const MapEntry* e = value.entry(key); e && e->value.asBool() == std::optional<bool>(true))
      diagnostics.error(keyLocation(*e), "websocket-domain-no-zone",
                        fmt::format("{} needs the zone the record goes in: give 'hostedZoneId' "
                                    "(v4 looks the zone up during the deploy; a template "
                                    "cannot)",
                                    key));
}

void warnIgnored(const Node& value, Diagnostics& diagnostics) {
  for (const char* key : kIgnored)
    if (const MapEntry* e = value.entry(key))
      diagnostics.warning(keyLocation(*e), "domain-setting-ignored",
                          fmt::format("'{}' steers the Serverless Framework v4's API calls "
                                      "around the deploy; the domain is a resource of the "
                                      "stack here, so it has no effect",
                                      key));
}

std::optional<Domain> readDomain(const Node& value, Diagnostics& diagnostics) {
  Domain out;
  out.at = value.location();
  if (value.isScalar()) {
    out.name = value.text();
    out.nameAt = valueLocation(value);
  } else if (value.isMap()) {
    Fields fields(value, diagnostics);
    const Node* name = fields.node("name");
    if (!name) name = fields.node("domainName");
    if (!name || !name->isScalar()) {
      diagnostics.error(value.location(), "websocket-domain-no-name",
                        "a custom domain needs its 'name' (ws.example.com)");
      return std::nullopt;
    }
    out.name = name->text();
    out.nameAt = valueLocation(*name);
    if (const Node* path = fields.node("basePath")) readBasePath(*path, out, diagnostics);
    readEndpoint(fields, out, diagnostics);
    readCertificate(fields, out, diagnostics);
    readRecords(value, fields, out, diagnostics);
    out.truststoreUri = fields.copy("tlsTruststoreUri");
    out.truststoreVersion = fields.copy("tlsTruststoreVersion");
    warnIgnored(value, diagnostics);
  } else {
    diagnostics.error(value.location(), "type-mismatch",
                      "a custom domain is a host name or a map with 'name'");
    return std::nullopt;
  }
  if (!isDomainName(out.name)) {
    diagnostics.error(out.nameAt, "websocket-domain-name-invalid",
                      fmt::format("'{}' is not a domain name API Gateway accepts (lower-case "
                                  "labels of a-z, 0-9 and '-', separated by dots)",
                                  out.name));
    return std::nullopt;
  }
  if (value.isScalar() && !out.certificateArn && !out.hostedZoneId)
    diagnostics.error(out.nameAt, "websocket-domain-no-certificate",
                      fmt::format("custom domain '{}' has no certificate: write it as a map "
                                  "with 'certificateArn', or 'hostedZoneId' to create one",
                                  out.name));
  return out;
}

void warnNotCompiled(const Node& value, std::string_view apiType, Diagnostics& diagnostics) {
  diagnostics.warning(value.location(), "domain-not-compiled",
                      apiType.empty()
                          ? std::string("this custom domain says no apiType; sls-compile compiles "
                                        "websocket domains, so add 'apiType: websocket' if it is "
                                        "the websocket API's (v4 would guess from the template)")
                          : fmt::format("sls-compile compiles the custom domains of websocket APIs "
                                        "only; this {} domain is not in the template (v4 creates "
                                        "it by API calls after the deploy)",
                                        apiType));
}

// {rest: {…}, http: {…}, websocket: {…}}: v4's domains by API type.
bool isPerType(const Node& value) {
  if (value.entries().empty()) return false;
  for (const auto& e : value.entries()) {
    std::string key = asciiLower(e.key);
    if (key != "rest" && key != "http" && key != "websocket") return false;
  }
  return true;
}

class DomainReader {
 public:
  DomainReader(Settings& settings, Diagnostics& diagnostics)
      : settings_(settings), diagnostics_(diagnostics) {}

  void take(const Node& value) {
    if (auto domain = readDomain(value, diagnostics_)) {
      if (settings_.domain) {
        diagnostics_.error(value.location(), "websocket-domain-duplicate",
                           fmt::format("the websocket API has a custom domain already ('{}', "
                                       "line {}); an API has one here",
                                       settings_.domain->name, settings_.domain->at.line));
        return;
      }
      settings_.ownSettingsAt.push_back(domain->at);
      settings_.domain = std::move(*domain);
    }
  }

  // One entry of provider.domain(s): a host name, a map with apiType, or {websocket: …, …}.
  void takeV4(const Node& value) {
    if (!value.isMap()) {
      if (value.isScalar()) warnNotCompiled(value, "", diagnostics_);
      return;
    }
    if (isPerType(value)) {
      for (const auto& e : value.entries()) {
        if (asciiLower(e.key) == "websocket") takeEnabled(e.value);
        else if (e.value.isMap()) warnNotCompiled(e.value, e.key, diagnostics_);
      }
      return;
    }
    const Node* type = value.get("apiType");
    std::string apiType = type && type->isScalar() ? asciiLower(type->text()) : "";
    if (apiType == "websocket") takeEnabled(value);
    else warnNotCompiled(value, apiType, diagnostics_);
  }

  void takeEnabled(const Node& value) {
    const Node* enabled = value.isMap() ? value.get("enabled") : nullptr;
    if (enabled && enabled->asBool() == std::optional<bool>(false)) return;
    take(value);
  }

 private:

  Settings& settings_;
  Diagnostics& diagnostics_;
};

}  // namespace

void readDomains(const Node& provider, Settings& settings, Diagnostics& diagnostics) {
  DomainReader reader(settings, diagnostics);
  if (const Node* websocket = provider.get("websocket"); websocket && websocket->isMap())
    if (const Node* domain = websocket->get("domain"); domain && !domain->isNull()) reader.takeEnabled(*domain);
  if (const Node* domain = provider.get("domain"); domain && !domain->isNull()) reader.takeV4(*domain);
  if (const Node* domains = provider.get("domains"); domains && domains->isSeq())
    for (const auto& item : domains->items()) reader.takeV4(item);
}

}  // namespace slsc::websockets
