// package: which files of the service folder go into one zip, as the reference chooses them.
//
// Every file starts in; then, in order, each rule puts the files it matches in or out, the
// last match winning:
//   1. the excludes, each `!x` of them putting back in: the reference's defaults (.git/**,
//      .gitignore, .DS_Store, npm-debug.log, yarn-*.log, .serverless/**,
//      .serverless_plugins/**), the service file, plugins.localPath, package.exclude (the
//      service's, then the function's), .env* with useDotenv;
//   2. `include` and `patterns` (the service's, then the function's), each `!x` putting out;
//   3. the development-only packages, which no pattern brings back.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/service.h"
#include "package/glob.h"
#include "package/tree.h"

namespace slsc {

struct SelectionRule {
  Glob glob;
  bool include = false;
  const PackagePattern* written = nullptr;  // the user's pattern it comes from, if any
  bool listing = false;  // an `include`/`patterns` glob: it also decides what is listed
};

// The rules of the zip of `fn` packaged on its own, or of the service's zip (`fn` null).
std::vector<SelectionRule> selectionRules(const Service& service, const Function* fn,
                                          const std::string& serviceFileName,
                                          const std::vector<std::string>& devExcludes);

// The files the rules select, in the tree's order. As in the reference, the rules choose among
// the files listed first by globby(['**', ...includes]): a negated include (`!node_modules`)
// drops from that listing every file it matches, or whose folder it matches, unless a positive
// include after it lists the file again. `matched` collects the user's patterns that
// matched some file of the tree (whether or not their rule changed anything).
std::vector<const TreeFile*> selectFiles(const Tree& tree, const std::vector<SelectionRule>& rules,
                                         std::set<const PackagePattern*>& matched);

}  // namespace slsc
