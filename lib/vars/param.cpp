// ${param:NAME}: --param NAME=VALUE first, then params.<stage>.NAME, then params.default.NAME
// (the order of the Serverless Framework v3; the dashboard's parameters are out of reach).
#include <fmt/format.h>

#include "vars/engine.h"

namespace slsc::vars {

Outcome resolveParam(Resolver& resolver, const SourceCall& call) {
  if (!call.address || call.address->empty()) {
    resolver.error(call.at, "var-syntax",
                   fmt::format("variable '{}' needs a parameter name, as in ${{param:NAME}}",
                               call.variable));
    return Outcome::failed();
  }
  const std::string& name = *call.address;
  const auto& given = resolver.context().params;
  if (auto it = given.find(name); it != given.end()) return resolver.placeString(it->second, call);
  std::optional<std::string> stage = resolver.stageName(call);
  if (!stage) return Outcome::failed();
  for (const std::string& section : {*stage, std::string("default")}) {
    Outcome value = resolver.lookup({"params", section, name}, call);
    if (value.kind != Outcome::Kind::Missing) return value;
  }
  return Outcome::missing(fmt::format(
      "parameter '{0}' is not in params.{1} or params.default, and --param {0}=VALUE was not "
      "given",
      name, *stage));
}

}  // namespace slsc::vars
