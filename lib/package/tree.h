// package: the service folder's files, as the reference lists them before its patterns apply
// (every file, dot files included, symbolic links followed), in byte order of their paths.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace slsc {

struct TreeFile {
  std::string path;  // relative to the service folder, '/'-separated
  bool executable = false;  // the owner may execute it: 0755 in the zip, else 0644
  // A symbolic link that leads outside the service folder (or nowhere): its target, as written.
  std::string escapesTo;
};

struct Tree {
  std::string root;  // the service folder
  std::vector<TreeFile> files;
  std::vector<std::string> unreadable;  // folders that could not be listed, relative
  bool tooLarge = false;  // listing stopped at kMaxTreeFiles (links that multiply the paths)
};

// The most files a service folder may list, links followed: far above any real service
// (30,000 files make a large node_modules), and a bound for link graphs whose paths multiply.
inline constexpr std::size_t kMaxTreeFiles = 1000000;

// Lists `root` recursively. Links inside the folder are followed (a link back to a folder being
// listed is not, so cycles end); a link leading outside is listed as one TreeFile with
// `escapesTo` set, and not followed. `skip` holds paths (relative, '/'-separated) not to list
// at all: the output folder and its staging folder.
Tree listTree(const std::string& root, const std::vector<std::string>& skip);

}  // namespace slsc
