// package: the file selection (select.h says the order of the rules).
#include "package/select.h"

#include <algorithm>
#include <set>

namespace slsc {
namespace {

const char* const kDefaultExcludes[] = {
    ".git/**",        ".gitignore", ".DS_Store", "npm-debug.log", "yarn-*.log", ".serverless/**",
    ".serverless_plugins/**",
};

// An exclude rule: `x` puts out, `!x` puts back in.
void addExclude(const std::string& glob, const PackagePattern* written,
                std::vector<SelectionRule>& rules) {
  bool negated = !glob.empty() && glob[0] == '!';
  rules.push_back({Glob(negated ? glob.substr(1) : glob), negated, written});
}

// An include rule: `x` puts in, `!x` puts out.
void addInclude(const PackagePattern& pattern, std::vector<SelectionRule>& rules) {
  bool negated = !pattern.glob.empty() && pattern.glob[0] == '!';
  rules.push_back({Glob(negated ? pattern.glob.substr(1) : pattern.glob), !negated, &pattern, true});
}

// Whether globby's ignore pattern `glob` drops `path`: the file, or a folder holding it.
bool ignores(const Glob& glob, const std::string& path) {
  if (glob.matches(path)) return true;
  for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    if (glob.matches(std::string_view(path).substr(0, slash))) return true;
  return false;
}

// Whether globby(['**', ...includes]) lists `path`: each positive glob lists what it matches
// but what a negated glob after it ignores.
bool listed(const std::vector<const SelectionRule*>& includes, const std::string& path) {
  auto ignoredFrom = [&](std::size_t from) {
    for (std::size_t k = from; k < includes.size(); ++k)
      if (!includes[k]->include && ignores(includes[k]->glob, path)) return true;
    return false;
  };
  if (!ignoredFrom(0)) return true;
  for (std::size_t j = 0; j < includes.size(); ++j)
    if (includes[j]->include && includes[j]->glob.matches(path) && !ignoredFrom(j + 1)) return true;
  return false;
}

// The reference joins each group of globs with lodash's union: a glob written twice counts once,
// where it was first written.
class Group {
 public:
  bool first(const std::string& glob) { return seen_.insert(glob).second; }

 private:
  std::set<std::string> seen_;
};

}  // namespace

std::vector<SelectionRule> selectionRules(const Service& service, const Function* fn,
                                          const std::string& serviceFileName,
                                          const std::vector<std::string>& devExcludes) {
  std::vector<SelectionRule> rules;
  Group excludes;
  auto exclude = [&](const std::string& glob, const PackagePattern* written) {
    if (excludes.first(glob)) addExclude(glob, written, rules);
  };
  for (const char* glob : kDefaultExcludes) exclude(glob, nullptr);
  exclude(serviceFileName, nullptr);
  if (!service.pluginsLocalPath.empty()) exclude(service.pluginsLocalPath, nullptr);
  for (const auto& p : service.package.exclude) exclude(p.glob, &p);
  if (service.useDotenv) exclude(".env*", nullptr);
  if (fn)
    for (const auto& p : fn->package.exclude) exclude(p.glob, &p);
  Group includes;
  for (const auto& p : service.package.include)
    if (includes.first(p.glob)) addInclude(p, rules);
  if (fn)
    for (const auto& p : fn->package.include)
      if (includes.first(p.glob)) addInclude(p, rules);
  for (const auto& glob : devExcludes) addExclude(glob, nullptr, rules);
  return rules;
}

std::vector<const TreeFile*> selectFiles(const Tree& tree, const std::vector<SelectionRule>& rules,
                                         std::set<const PackagePattern*>& matched) {
  std::vector<const SelectionRule*> includes;
  for (const auto& rule : rules)
    if (rule.listing) includes.push_back(&rule);
  std::vector<char> isListed(tree.files.size(), 1);
  bool negated = std::any_of(includes.begin(), includes.end(), [](auto* r) { return !r->include; });
  if (negated)
    for (std::size_t i = 0; i < tree.files.size(); ++i) isListed[i] = listed(includes, tree.files[i].path);
  std::vector<char> in = isListed;
  for (const auto& rule : rules) {
    bool any = false;
    bool folders = rule.listing && !rule.include;  // `!dir` also drops a folder's files
    for (std::size_t i = 0; i < tree.files.size(); ++i) {
      const std::string& path = tree.files[i].path;
      bool matches = rule.glob.matches(path);
      any = any || matches || (folders && ignores(rule.glob, path));
      if (matches && isListed[i]) in[i] = rule.include ? 1 : 0;
    }
    if (any && rule.written) matched.insert(rule.written);
  }
  std::vector<const TreeFile*> selected;
  for (std::size_t i = 0; i < tree.files.size(); ++i)
    if (in[i]) selected.push_back(&tree.files[i]);
  return selected;
}

}  // namespace slsc
