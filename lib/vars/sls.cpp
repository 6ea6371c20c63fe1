// ${sls:stage} (--stage, else provider.stage, else "dev") and ${sls:instanceId}, which the
// reference draws at random on each run; here it is derived from the service name and the
// stage, so that a compile gives the same bytes every time.
#include <fmt/format.h>
#include <openssl/evp.h>

#include "vars/engine.h"

namespace slsc::vars {
namespace {

// The first 16 hex digits of the SHA-256 of `text`.
std::optional<std::string> shortDigest(const std::string& text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr) != 1)
    return std::nullopt;
  std::string hex;
  for (unsigned int i = 0; i < size && hex.size() < 16; ++i)
    hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

Outcome instanceId(Resolver& resolver, const SourceCall& call) {
  Outcome service = resolver.lookup({"service"}, call);
  if (service.kind == Outcome::Kind::Failed) return service;
  std::string name;
  if (service.ok()) {
    // `service: {name: …}` is the older spelling.
    const Node* value = service.value.isMap() ? service.value.get("name") : &service.value;
    if (value) name = textOf(*value).value_or("");
  }
  std::optional<std::string> stage = resolver.stageName(call);
  if (!stage) return Outcome::failed();
  std::optional<std::string> id = shortDigest(name + '\n' + *stage);
  if (!id) {
    resolver.error(call.at, "var-unresolved",
                   fmt::format("cannot resolve variable '{}': SHA-256 is not available",
                               call.variable));
    return Outcome::failed();
  }
  return resolver.placeString(std::move(*id), call);
}

}  // namespace

Outcome resolveSls(Resolver& resolver, const SourceCall& call) {
  std::string address = call.address.value_or("");
  if (address == "stage") return resolver.stage(call);
  if (address == "instanceId") return instanceId(resolver, call);
  resolver.error(call.at, "var-unknown-source",
                 fmt::format("variable '{}' asks sls: for '{}'; it knows stage and instanceId",
                             call.variable, address));
  return Outcome::failed();
}

}  // namespace slsc::vars
