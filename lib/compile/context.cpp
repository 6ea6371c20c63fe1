// Facts about the service shared by the compile units.
#include "compile/context.h"

#include "naming/naming.h"

namespace slsc {

CompileContext::CompileContext(const Service& s, const Artifacts& artifacts, Template& t)
    : service(s), provider(s.provider), out(t), artifacts_(artifacts) {
  for (const auto& fn : service.functions) functions_.emplace(fn.key, &fn);
  generatesLambdaRole_ = slsc::generatesLambdaRole(service);
  rankFinishes();
}

void CompileContext::addGeneratedOutput(const std::string& id, Json output,
                                        const Location& origin) {
  Json name = JsonObject(json())
                  .set("Name", naming::exportName(service.name, provider.stage, id))
                  .take();
  setMember(output, "Export", std::move(name), out.allocator());
  out.addOutput(id, std::move(output), origin);
}

std::optional<std::string> CompileContext::aliasId(const Function& fn) const {
  if (fn.provisionedConcurrency) return naming::provisionedConcurrencyAlias(fn.key);
  if (fn.snapStart) return naming::snapStartAlias(fn.key);
  return std::nullopt;
}

std::optional<std::string> CompileContext::aliasName(const Function& fn) const {
  if (fn.provisionedConcurrency) return "provisioned";
  if (fn.snapStart) return "snapstart";
  return std::nullopt;
}

Json CompileContext::lambdaTarget(const Function& fn) {
  Json arn = json().getAtt(naming::lambdaFunction(fn.key), "Arn");
  auto alias = aliasName(fn);
  if (!alias) return arn;
  std::vector<Json> parts;
  parts.push_back(std::move(arn));
  parts.push_back(json().str(*alias));
  return json().join(":", std::move(parts));
}

bool CompileContext::isVersioned(const Function& fn) const {
  bool versioned = fn.versionFunction.value_or(provider.versionFunctions);
  return versioned || fn.provisionedConcurrency || fn.snapStart;
}

bool CompileContext::finishesAfter(const Function& a, const Function& b) const {
  const Function* first = service.functions.data();
  return finishRank_[static_cast<std::size_t>(&a - first)] >
         finishRank_[static_cast<std::size_t>(&b - first)];
}

void CompileContext::rankFinishes() {
  auto group = [&](const Function& fn) { return fn.image ? 1 : isVersioned(fn) ? 2 : 0; };
  finishRank_.resize(service.functions.size());
  std::size_t rank = 0;
  for (int g = 0; g < 3; ++g)
    for (std::size_t i = 0; i < service.functions.size(); ++i)
      if (group(service.functions[i]) == g) finishRank_[i] = rank++;
}

const Function* CompileContext::function(const std::string& key) const {
  auto it = functions_.find(key);
  return it == functions_.end() ? nullptr : it->second;
}

}  // namespace slsc
