// model: a function's role of its own. Two syntaxes ask for one: the Serverless Framework v4's
// functions.X.iam (role: {statements, managedPolicies, permissionsBoundary, name, path, tags},
// inheritStatements), which provider.iam.role.mode: perFunction gives every function, and the
// serverless-iam-roles-per-function plugin's iamRoleStatements (with iamRoleStatementsInherit,
// iamRoleStatementsName, iamPermissionsBoundary). Where both are written, v4's keys win, as in
// v4. Compat mode builds none: v3 ignores v4's keys (refused here), and without the plugin it
// drops the plugin's (dropped here too, with a warning).
#include <fmt/format.h>

#include "model/builders.h"
#include "model/fields.h"

namespace slsc {
namespace {

constexpr const char* kPluginKeys[] = {"iamRoleStatements", "iamRoleStatementsInherit",
                                       "iamRoleStatementsName", "iamPermissionsBoundary"};

void reportCompat(const Node& settings, const Function& fn, Diagnostics& diagnostics) {
  if (const MapEntry* iam = settings.entry("iam"))
    diagnostics.error(keyLocation(*iam), "iam-setting-not-in-reference",
                      fmt::format("functions.{}.iam (a role of the function's own) is the "
                                  "Serverless Framework v4's and sls-compile's: v3 ignores it, so "
                                  "a compat template cannot have it; compile without --compat",
                                  fn.key));
  for (const char* key : kPluginKeys)
    if (const MapEntry* e = settings.entry(key))
      diagnostics.warning(keyLocation(*e), "iam-plugin-setting-dropped",
                          fmt::format("'{}' is the serverless-iam-roles-per-function plugin's, "
                                      "which is not run: the reference without it drops the "
                                      "setting, and so does compat mode; compile without "
                                      "--compat to give '{}' a role of its own",
                                      key, fn.key));
}

// Whether v4's function-level role settings ask for a role: any of them.
const Node* v4Role(const Node& settings) {
  const Node* iam = settings.get("iam");
  const Node* role = iam && iam->isMap() ? iam->get("role") : nullptr;
  return role && role->isMap() ? role : nullptr;
}

Location askedAt(const Node& settings, const Service& service, const Function& fn) {
  if (const MapEntry* iam = settings.entry("iam")) return keyLocation(*iam);
  if (const MapEntry* statements = settings.entry("iamRoleStatements")) return keyLocation(*statements);
  return service.provider.rolePerFunctionAt.value_or(fn.at);
}

std::optional<bool> flag(const Node* map, const char* key) {
  const Node* value = map && map->isMap() ? map->get(key) : nullptr;
  return value ? value->asBool() : std::nullopt;
}

std::optional<Node> copyOf(const Node* map, const char* key) {
  const Node* value = map && map->isMap() ? map->get(key) : nullptr;
  if (!value || value->isNull()) return std::nullopt;
  return *value;
}

}  // namespace

void readOwnRole(const Node& settings, const Service& service, Function& fn, Diagnostics& diagnostics) {
  const Provider& p = service.provider;
  if (service.compat == Compat::ServerlessV3) {
    reportCompat(settings, fn, diagnostics);
    return;
  }
  const Node* role = v4Role(settings);
  const Node* pluginStatements = settings.get("iamRoleStatements");
  bool asks = role || (settings.entry("iamRoleStatements") != nullptr);
  if (!asks && !p.rolePerFunctionAt) return;
  // A role named for the function (or, under mode: perFunction, a function that names its
  // role keeps it) leaves no room for one of its own.
  if (p.role || fn.role) {
    if (asks)
      diagnostics.error(askedAt(settings, service, fn), "iam-role-conflict",
                        p.role ? fmt::format("the provider names a role for every function, and "
                                             "function '{}' asks for a role of its own here; give "
                                             "one or the other",
                                             fn.key)
                               : fmt::format("function '{}' names a role ('role') and asks for a "
                                             "role of its own here; give one or the other",
                                             fn.key));
    return;
  }
  OwnRole own;
  own.at = askedAt(settings, service, fn);
  const Node* statements = role ? role->get("statements") : nullptr;
  if (!statements) statements = pluginStatements;
  if (statements) own.statements = readStatements(*statements, diagnostics);
  own.managedPolicies = copyOf(role, "managedPolicies");
  own.permissionsBoundary = copyOf(role, "permissionsBoundary");
  if (!own.permissionsBoundary) own.permissionsBoundary = copyOf(&settings, "iamPermissionsBoundary");
  if (!own.permissionsBoundary) own.permissionsBoundary = p.globalPermissionsBoundary;
  if (!own.permissionsBoundary && p.rolePerFunctionAt) own.permissionsBoundary = p.permissionsBoundary;
  own.name = copyOf(role, "name");
  if (!own.name) own.name = copyOf(&settings, "iamRoleStatementsName");
  if (const Node* path = role ? role->get("path") : nullptr; path && path->isScalar())
    own.path = path->text();
  own.tags = copyOf(role, "tags");
  own.inheritStatements = flag(settings.get("iam"), "inheritStatements")
                              .value_or(flag(&settings, "iamRoleStatementsInherit")
                                            .value_or(p.inheritStatementsByDefault.value_or(
                                                p.rolePerFunctionAt.has_value())));
  fn.ownRole = std::move(own);
}

}  // namespace slsc
