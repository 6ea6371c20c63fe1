// package: the installed packages only development needs, kept out of the zips as the
// reference keeps them out (it asks `npm ls`; sls-compile reads the same facts from the files).
//
// For every package.json of the service outside node_modules: its folder's package-lock.json
// (or npm-shrinkwrap.json) when it has one, whose entries say `dev: true` for exactly those
// packages (lockfile versions 1 to 3); else the installed node_modules tree, walked from the
// package.json's dependencies with Node's resolution: what only devDependencies reach.
#pragma once

#include <string>
#include <vector>

#include "package/tree.h"

namespace slsc {

// Globs excluding each development-only package (`node_modules/x/**`) and the links its `bin`
// puts in `.bin`, relative to the service folder, in a stable order.
std::vector<std::string> devDependencyExcludes(const Tree& tree);

}  // namespace slsc
