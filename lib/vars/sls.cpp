// ${sls:stage} (--stage, else provider.stage, else "dev") and ${sls:instanceId}, which the
// reference draws at random on each run; here it is derived from the service name and the
// stage, so that a compile gives the same bytes every time.
#include <fmt/format.h>

#include "compile/hash.h"
#include "vars/engine.h"

namespace slsc::vars {
namespace {

// The first 16 hex digits of the SHA-256 of `text`.
std::string shortDigest(const std::string& text) {
  return Sha256().update(text).hex().substr(0, 16);
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
  return resolver.placeString(shortDigest(name + '\n' + *stage), call);
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
