// package: listing the service folder.
#include "package/tree.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace slsc {
namespace {

namespace fs = std::filesystem;

bool isWithin(const fs::path& path, const fs::path& root) {
  auto [rootEnd, pathAt] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return rootEnd == root.end();
}

class Lister {
 public:
  Lister(fs::path root, const std::vector<std::string>& skip)
      : root_(std::move(root)), skip_(skip.begin(), skip.end()) {}

  void list(const fs::path& folder, const std::string& relative, Tree& tree) {
    std::error_code ec;
    fs::path real = fs::canonical(folder, ec);
    if (ec || !open_.insert(real.string()).second) return;  // a cycle through a link
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
      entries.push_back(*it);
    if (ec) tree.unreadable.push_back(relative.empty() ? "." : relative);
    for (const auto& entry : entries) {
      if (tree.files.size() >= kMaxTreeFiles) {
        tree.tooLarge = true;
        break;
      }
      visit(entry, relative, tree);
    }
    open_.erase(real.string());
  }

 private:
  void visit(const fs::directory_entry& entry, const std::string& relative, Tree& tree) {
    std::string name = entry.path().filename().string();
    std::string path = relative.empty() ? name : relative + "/" + name;
    if (skip_.count(path)) return;
    std::error_code ec;
    if (entry.is_symlink(ec)) {
      fs::path target = fs::weakly_canonical(entry.path(), ec);
      if (ec || !isWithin(target, root_)) {
        tree.files.push_back({path, false, fs::read_symlink(entry.path(), ec).string()});
        return;
      }
    }
    if (entry.is_directory(ec)) {
      list(entry.path(), path, tree);
      return;
    }
    struct stat info {};
    if (::stat(entry.path().c_str(), &info) != 0) {
      // A dangling link: listed, so that packaging it is an error that names it.
      tree.files.push_back({path, false, fs::read_symlink(entry.path(), ec).string()});
      return;
    }
    if (!S_ISREG(info.st_mode)) return;  // sockets, fifos and devices are no code
    tree.files.push_back({path, (info.st_mode & S_IXUSR) != 0, ""});
  }

  fs::path root_;
  std::set<std::string> skip_;
  std::set<std::string> open_;  // the real paths of the folders being listed
};

}  // namespace

Tree listTree(const std::string& root, const std::vector<std::string>& skip) {
  Tree tree;
  std::error_code ec;
  fs::path real = fs::canonical(root.empty() ? "." : root, ec);
  tree.root = ec ? root : real.string();
  if (ec) {
    tree.unreadable.push_back(".");
    return tree;
  }
  Lister(real, skip).list(real, "", tree);
  std::sort(tree.files.begin(), tree.files.end(),
            [](const TreeFile& a, const TreeFile& b) { return a.path < b.path; });
  return tree;
}

}  // namespace slsc
