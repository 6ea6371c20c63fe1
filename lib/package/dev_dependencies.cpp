// package: development-only packages, from lockfiles or the installed tree.
#include "package/dev_dependencies.h"

#include <rapidjson/document.h>

#include <deque>
#include <optional>
#include <fstream>
#include <iterator>
#include <set>
#include <unordered_set>

#include "source/json_input.h"

namespace slsc {
namespace {

std::string join(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

std::string parentOf(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

class Project {
 public:
  Project(const Tree& tree, const std::unordered_set<std::string>& paths, std::string folder)
      : tree_(tree), paths_(paths), folder_(std::move(folder)) {}

  bool has(const std::string& path) const { return paths_.count(path) > 0; }

  bool readJson(const std::string& path, rapidjson::Document& doc) const {
    std::ifstream in(tree_.root + "/" + path, std::ios::binary);
    if (!in) return false;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseBoundedJson(doc, text) && doc.IsObject();
  }

  // Development-only package folders, from the lockfile when the project has one.
  std::set<std::string> devOnly() const {
    for (const char* lock : {"npm-shrinkwrap.json", "package-lock.json"}) {
      rapidjson::Document doc;
      if (has(join(folder_, lock)) && readJson(join(folder_, lock), doc)) return fromLockfile(doc);
    }
    return fromInstalled();
  }

 private:
  // v2 and v3: `packages` by install path; v1: `dependencies`, nested.
  std::set<std::string> fromLockfile(const rapidjson::Document& doc) const {
    std::set<std::string> dev;
    auto packages = doc.FindMember("packages");
    if (packages != doc.MemberEnd() && packages->value.IsObject()) {
      for (const auto& entry : packages->value.GetObject()) {
        std::string path = entry.name.GetString();
        if (path.find("node_modules/") == std::string::npos || !isDev(entry.value)) continue;
        dev.insert(join(folder_, path));
      }
      return dev;
    }
    auto dependencies = doc.FindMember("dependencies");
    if (dependencies != doc.MemberEnd()) addVersion1(dependencies->value, folder_, dev);
    return dev;
  }

  static bool isDev(const rapidjson::Value& entry) {
    if (!entry.IsObject()) return false;
    auto dev = entry.FindMember("dev");
    return dev != entry.MemberEnd() && dev->value.IsBool() && dev->value.GetBool();
  }

  void addVersion1(const rapidjson::Value& dependencies, const std::string& folder,
                   std::set<std::string>& dev) const {
    if (!dependencies.IsObject()) return;
    for (const auto& entry : dependencies.GetObject()) {
      std::string path = join(folder, std::string("node_modules/") + entry.name.GetString());
      if (isDev(entry.value)) dev.insert(path);
      if (!entry.value.IsObject()) continue;
      auto nested = entry.value.FindMember("dependencies");
      if (nested != entry.value.MemberEnd()) addVersion1(nested->value, path, dev);
    }
  }

  // Node's resolution of `name` from the package at `from`: the nearest node_modules/name up
  // the folders, no higher than the project's.
  std::optional<std::string> resolve(const std::string& from, const std::string& name) const {
    std::string folder = from;
    while (true) {
      std::string candidate = join(folder, "node_modules/" + name);
      if (has(candidate + "/package.json")) return candidate;
      if (folder.size() <= folder_.size()) return std::nullopt;
      folder = parentOf(folder);
    }
  }

  static void namesOf(const rapidjson::Document& manifest, const char* field,
                      std::vector<std::string>& out) {
    auto deps = manifest.FindMember(field);
    if (deps == manifest.MemberEnd() || !deps->value.IsObject()) return;
    for (const auto& d : deps->value.GetObject()) out.emplace_back(d.name.GetString());
  }

  // Every installed package that `names` (asked by the package at `from`) reach.
  std::set<std::string> closure(const std::vector<std::string>& names) const {
    std::set<std::string> reached;
    std::deque<std::pair<std::string, std::string>> queue;  // (from, name)
    for (const auto& name : names) queue.emplace_back(folder_, name);
    while (!queue.empty()) {
      auto [from, name] = queue.front();
      queue.pop_front();
      std::optional<std::string> found = resolve(from, name);
      if (!found || !reached.insert(*found).second) continue;
      rapidjson::Document manifest;
      if (!readJson(*found + "/package.json", manifest)) continue;
      std::vector<std::string> next;
      for (const char* field : {"dependencies", "optionalDependencies", "peerDependencies"})
        namesOf(manifest, field, next);
      for (auto& n : next) queue.emplace_back(*found, std::move(n));
    }
    return reached;
  }

  std::set<std::string> fromInstalled() const {
    rapidjson::Document manifest;
    if (!readJson(join(folder_, "package.json"), manifest)) return {};
    std::vector<std::string> prodNames;
    std::vector<std::string> devNames;
    for (const char* field : {"dependencies", "optionalDependencies", "peerDependencies"})
      namesOf(manifest, field, prodNames);
    namesOf(manifest, "devDependencies", devNames);
    std::set<std::string> prod = closure(prodNames);
    std::set<std::string> dev;
    for (const auto& path : closure(devNames))
      if (!prod.count(path)) dev.insert(path);
    return dev;
  }

  const Tree& tree_;
  const std::unordered_set<std::string>& paths_;  // the tree's files
  std::string folder_;
};

// `node_modules/x/**`, and the .bin links its `bin` makes. The reference looks for them in
// `.bin` beside the package's folder: right for `node_modules/x`, but `node_modules/@scope/.bin`
// for a scoped package, so that the links of scoped development packages stay in its zips; the
// same files are chosen here.
void addExcludes(const Project& project, const std::string& folder,
                 std::vector<std::string>& out) {
  if (!project.has(folder + "/package.json")) return;  // not installed: nothing to exclude
  out.push_back(folder + "/**");
  rapidjson::Document manifest;
  if (!project.readJson(folder + "/package.json", manifest)) return;
  std::size_t slash = folder.rfind('/');
  std::string name = folder.substr(slash + 1);
  std::string bin = folder.substr(0, slash + 1) + ".bin/";
  auto field = manifest.FindMember("bin");
  if (field == manifest.MemberEnd()) return;
  if (field->value.IsString()) {
    out.push_back(bin + name);
  } else if (field->value.IsObject()) {
    for (const auto& executable : field->value.GetObject())
      out.push_back(bin + executable.name.GetString());
  }
}

}  // namespace

std::vector<std::string> devDependencyExcludes(const Tree& tree) {
  std::vector<std::string> excludes;
  std::unordered_set<std::string> paths;
  for (const auto& file : tree.files)
    if (file.escapesTo.empty()) paths.insert(file.path);
  for (const auto& file : tree.files) {
    const std::string& path = file.path;
    bool manifest = path == "package.json" ||
                    (path.size() > 13 && path.compare(path.size() - 13, 13, "/package.json") == 0);
    if (!manifest || path.find("node_modules") != std::string::npos || !file.escapesTo.empty())
      continue;
    Project project(tree, paths, parentOf(path));
    for (const auto& folder : project.devOnly()) addExcludes(project, folder, excludes);
  }
  return excludes;
}

}  // namespace slsc
