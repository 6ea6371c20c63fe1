// model: what the reference lets through and AWS refuses at deploy time, said at compile time:
// deprecated runtimes (warnings, judged at the day of the compile) and generated names over
// AWS's length limits (errors, at the setting that made them).
#include <fmt/format.h>

#include <set>
#include <tuple>

#include "model/builders.h"
#include "model/runtimes.h"

namespace slsc {
namespace {

constexpr std::size_t kMaxFunctionName = 64;  // AWS::Lambda::Function FunctionName
constexpr std::size_t kMaxRoleName = kMaxRoleNameLength;  // AWS::IAM::Role RoleName
constexpr std::size_t kMaxRolePath = 512;     // AWS::IAM::Role Path

// "Lambda refuses to create functions with it since …", "will refuse … from …", as each day is
// past or to come.
std::string lifecycleText(const RuntimeLifecycle& r, const std::string& today) {
  bool created = r.createBlocked <= today;
  bool updated = r.updateBlocked <= today;
  std::string create = fmt::format("{} create functions with it {} {}",
                                   created ? "refuses to" : "will refuse to",
                                   created ? "since" : "from", r.createBlocked);
  std::string update = fmt::format("{}update them {} {}",
                                   created == updated ? "to " : updated ? "refuses to " : "will refuse to ",
                                   updated ? "since" : "from", r.updateBlocked);
  return fmt::format("deprecated on {}: Lambda {} and {}", r.deprecated, create, update);
}

void warnNamed(const std::string& runtime, const Location& at, const RuntimeLifecycle& r,
               const std::string& today, Diagnostics& diagnostics) {
  std::string instead = r.successor.empty() ? "" : newestSuccessor(r.successor);
  diagnostics.warning(at, "runtime-deprecated",
                      fmt::format("runtime '{}' was {}{}", runtime, lifecycleText(r, today),
                                  instead.empty() ? "" : fmt::format("; use '{}'", instead)));
}

// A runtime of no family Lambda runs: Lambda refuses the function at deploy time. Plugins name
// such runtimes and resolve them (bref's php-81-fpm becomes provided.al2 with its layers); we
// run no plugins, so the user writes what the plugin would have.
void errorUnknown(const std::string& runtime, const Location& at, Diagnostics& diagnostics) {
  std::string hint = runtime.rfind("php", 0) == 0
                         ? "; bref's php runtimes are resolved by the bref plugin, which "
                           "sls-compile does not run: write runtime: provided.al2 and list "
                           "bref's layers in the function's layers"
                         : "";
  diagnostics.error(at, "runtime-unknown",
                    fmt::format("runtime '{}' is no Lambda runtime (Lambda runs nodejs, python, "
                                "java, dotnet, ruby, go and provided runtimes) and refuses the "
                                "function at deploy time{}",
                                runtime, hint));
}

// The service names no runtime: compat writes the reference's default, which Lambda no longer
// takes; the default mode writes its newest successor instead.
void warnUnnamed(const Service& service, const std::string& today, Diagnostics& diagnostics) {
  const std::string& reference = referenceDefaultRuntime();
  const RuntimeLifecycle* r = runtimeLifecycle(reference);
  if (!r || r->deprecated > today) return;
  std::string instead = deployableDefaultRuntime();
  std::string why = fmt::format("the Serverless Framework's default runtime '{}' is not deployable "
                                "(it was {})",
                                reference, lifecycleText(*r, today));
  if (service.compat == Compat::ServerlessV3) {
    diagnostics.warning(service.provider.at, "runtime-deprecated",
                        fmt::format("no runtime is named, and {}; set provider.runtime: {}", why,
                                    instead));
    return;
  }
  diagnostics.warning(service.provider.at, "runtime-default",
                      fmt::format("no runtime is named, and {}; this template uses '{}' instead: "
                                  "set provider.runtime: {} to say so",
                                  why, instead, instead));
}

using Place = std::tuple<const SourceFile*, int, int>;

}  // namespace

bool generatesLambdaRole(const Service& service) {
  if (service.functions.empty() || service.provider.role) return false;
  for (const auto& fn : service.functions)
    if (!fn.role && !fn.ownRole) return true;
  return false;
}

std::string stackName(const Service& service) {
  const Provider& p = service.provider;
  return p.stackName.empty() ? service.name + "-" + p.stage : p.stackName;
}

std::size_t ownRoleNameLength(const Service& service, const Function& fn, bool withSuffix) {
  const Provider& p = service.provider;
  std::size_t length = service.name.size() + p.stage.size() + fn.key.size() + p.region.size() + 3;
  return withSuffix ? length + std::string_view("-lambdaRole").size() : length;
}

void checkRuntimes(const Service& service, const std::string& today, Diagnostics& diagnostics) {
  std::set<Place> warned;  // one warning for each `runtime:` that chose a deprecated runtime
  bool unnamed = false;
  for (const auto& fn : service.functions) {
    if (fn.image) continue;  // an image brings its own runtime
    if (!fn.runtimeAt) {
      unnamed = true;
      continue;
    }
    const Location& at = *fn.runtimeAt;
    const RuntimeLifecycle* r = runtimeLifecycle(fn.runtime);
    if (!r && !isLambdaRuntimeFamily(fn.runtime)) {
      if (warned.insert(Place{at.file, at.line, at.column}).second)
        errorUnknown(fn.runtime, at, diagnostics);
      continue;
    }
    if (!r || r->deprecated > today) continue;
    if (!warned.insert(Place{at.file, at.line, at.column}).second) continue;
    warnNamed(fn.runtime, at, *r, today, diagnostics);
  }
  if (unnamed) warnUnnamed(service, today, diagnostics);
}

// Functions' own roles: a name given, or the generated one even without "-lambdaRole".
void checkOwnRoleNames(const Service& service, Diagnostics& diagnostics) {
  for (const auto& fn : service.functions) {
    if (!fn.ownRole) continue;
    if (const auto& name = fn.ownRole->name) {
      if (name->isScalar() && name->text().size() > kMaxRoleName)
        diagnostics.error(valueLocation(*name), "name-too-long",
                          fmt::format("the role name '{}' has {} characters, more than the {} IAM "
                                      "accepts",
                                      name->text(), name->text().size(), kMaxRoleName));
      continue;
    }
    std::size_t length = ownRoleNameLength(service, fn, false);
    if (length <= kMaxRoleName) continue;
    diagnostics.error(fn.ownRole->at, "name-too-long",
                      fmt::format("the role of function '{}' would be named "
                                  "'{}-{}-{}-{}' ({} characters), more than the {} IAM accepts; "
                                  "set functions.{}.iam.role.name",
                                  fn.key, service.name, service.provider.stage, fn.key,
                                  service.provider.region, length, kMaxRoleName, fn.key));
  }
}

void checkNameLengths(const Service& service, Diagnostics& diagnostics) {
  for (const auto& fn : service.functions) {
    if (fn.name.size() <= kMaxFunctionName) continue;
    std::string how = fn.nameAt ? fmt::format("shorten functions.{}.name", fn.key)
                                : fmt::format("set functions.{}.name, or shorten the service name",
                                              fn.key);
    diagnostics.error(fn.nameAt ? *fn.nameAt : service.nameAt, "name-too-long",
                      fmt::format("function '{}' is named '{}' ({} characters), more than the {} "
                                  "Lambda accepts; {}",
                                  fn.key, fn.name, fn.name.size(), kMaxFunctionName, how));
  }
  checkOwnRoleNames(service, diagnostics);
  const Provider& p = service.provider;
  if (!generatesLambdaRole(service)) return;
  if (p.rolePath && p.rolePath->size() > kMaxRolePath) {
    diagnostics.error(service.provider.at, "name-too-long",
                      fmt::format("provider.iam.role.path has {} characters, more than the {} IAM "
                                  "accepts",
                                  p.rolePath->size(), kMaxRolePath));
  }
  if (p.roleName) {
    if (!p.roleName->isScalar() || p.roleName->text().size() <= kMaxRoleName) return;
    diagnostics.error(valueLocation(*p.roleName), "name-too-long",
                      fmt::format("provider.iam.role.name '{}' has {} characters, more than the {} "
                                  "IAM accepts",
                                  p.roleName->text(), p.roleName->text().size(), kMaxRoleName));
    return;
  }
  // As IamRoleLambdaExecution names it (lambda_role.cpp), in the region compiled for.
  std::string name = fmt::format("{}-{}-{}-lambdaRole", service.name, p.stage, p.region);
  if (name.size() <= kMaxRoleName) return;
  diagnostics.error(service.nameAt, "name-too-long",
                    fmt::format("the functions' role is named '{}' ({} characters in {}), more "
                                "than the {} IAM accepts; set provider.iam.role.name, or shorten "
                                "the service name",
                                name, name.size(), p.region, kMaxRoleName));
}

}  // namespace slsc
