// The model builders of each part of the service, called from build.cpp.
#pragma once

#include "model/build.h"

namespace slsc {

// The provider section, or an empty map when the service has none.
const Node& providerSection(const Node& root);
// Where a map entry's key is written, the caret spanning the key.
Location keyLocation(const MapEntry& e);
// Where a scalar is written, the caret spanning its text.
Location valueLocation(const Node& value);

// An IAM statement as the reference's schema coerces it: a lone Action becomes a list, and a
// Resource list of one item that `collapses` admits becomes that item.
Node coerceStatement(const Node& statement, bool (*collapses)(const std::string&));

// An IAM statement's Resource and NotResource (iam-resource-invalid): a map that is no
// CloudFormation function, or an ARN of fewer than six parts, which IAM refuses.
void checkStatementResources(const Node& statement, Diagnostics& diagnostics);
// A list of IAM statements as written, each checked (iam-resource-invalid) and coerced as the
// reference's schema coerces provider statements.
std::vector<Node> readStatements(const Node& list, Diagnostics& diagnostics);
// A function's role of its own, when it asks for one or the provider gives every function one
// (function_role.cpp).
void readOwnRole(const Node& settings, const Service& service, Function& fn, Diagnostics& diagnostics);

// A `package:` map's `include`, `patterns` and `exclude` globs, with their positions.
PackageSettings readPackageSettings(const Node& package);

Provider buildProvider(const Node& root, const ModelContext& context, Diagnostics& diagnostics);
std::optional<Function> buildFunction(const MapEntry& entry, const Service& service,
                                      const Node& functions, Diagnostics& diagnostics);
// runtimeManagement as a mode string or {mode, arn}, applied over `into` (the function's over the
// provider's, key by key, as the reference spreads them).
void applyRuntimeManagement(const Node* value, RuntimeManagement& into);
// A tracing setting: true means Active; false, null or absent means none.
std::optional<std::string> tracingMode(const Node* value);
// Checks across functions (colliding ids, settings), then each event family's checks.
void checkService(const Service& service, Diagnostics& diagnostics);
// legacy.cpp: frameworkVersion, org/app, the pseudo-parameters plugin's `#{…}`.
void readLegacyForms(const Node& root, Service& service, Diagnostics& diagnostics);
// Warnings for deprecated runtimes, judged at `today` (YYYY-MM-DD).
void checkRuntimes(const Service& service, const std::string& today, Diagnostics& diagnostics);
// Errors for generated names over AWS's length limits, at the setting that made them.
void checkNameLengths(const Service& service, Diagnostics& diagnostics);

}  // namespace slsc
