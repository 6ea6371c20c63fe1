// ${env:NAME}: an environment variable, through ResolveContext.env; an unset one is missing
// (the next fallback is tried), an empty one is the empty string.
#include <fmt/format.h>

#include "vars/engine.h"

namespace slsc::vars {

Outcome resolveEnv(Resolver& resolver, const SourceCall& call) {
  if (!call.address || call.address->empty()) {
    resolver.error(call.at, "var-syntax",
                   fmt::format("variable '{}' needs the name of an environment variable, as in "
                               "${{env:NAME}}",
                               call.variable));
    return Outcome::failed();
  }
  const std::string& name = *call.address;
  std::optional<std::string> value;
  if (resolver.context().env) value = resolver.context().env(name);
  if (!value) return Outcome::missing(fmt::format("environment variable '{}' is not set", name));
  return resolver.placeString(std::move(*value), call);
}

}  // namespace slsc::vars
