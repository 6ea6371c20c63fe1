// ${opt:NAME}: a command-line option. stage and region come from --stage and --region, every
// other name from --opt NAME=VALUE; `${opt:}` is all of them as a map. Values are strings.
#include <fmt/format.h>

#include "vars/engine.h"

namespace slsc::vars {
namespace {

Outcome allOptions(Resolver& resolver, const SourceCall& call) {
  const ResolveContext& context = resolver.context();
  const Location& at = call.site.holder;
  Node options = Node::map(at);
  auto add = [&](const std::string& key, const std::string& value) {
    Location valueAt = at;
    valueAt.path = childPath(at.path, key);
    options.set(key, valueAt, Node::scalar(value, true, valueAt));
  };
  if (!context.stage.empty()) add("stage", context.stage);
  if (!context.region.empty()) add("region", context.region);
  for (const auto& [key, value] : context.opts) add(key, value);
  return resolver.place(options, call);
}

}  // namespace

Outcome resolveOpt(Resolver& resolver, const SourceCall& call) {
  if (!call.address || call.address->empty()) return allOptions(resolver, call);
  const ResolveContext& context = resolver.context();
  const std::string& name = *call.address;
  if (name == "stage" && !context.stage.empty()) return resolver.placeString(context.stage, call);
  if (name == "region" && !context.region.empty())
    return resolver.placeString(context.region, call);
  if (auto given = context.opts.find(name); given != context.opts.end())
    return resolver.placeString(given->second, call);
  if (name == "stage" || name == "region")
    return Outcome::missing(fmt::format("--{} was not given", name));
  return Outcome::missing(fmt::format("option '{0}' was not given (--opt {0}=VALUE)", name));
}

}  // namespace slsc::vars
