// A loaded source text with its name and the offsets of its lines, for positions and rendering.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace slsc {

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);
  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  // The text of 1-based line `line`, without its line end; empty when out of range.
  std::string_view line(int line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> lineStarts_;
};

// Where a value stands in a source file; line and column are 1-based, 0 when unknown.
struct Location {
  const SourceFile* file = nullptr;
  int line = 0;
  int column = 0;
  int length = 1;
  std::string path;
};

// Every source text one compilation reads (the service file, and files it includes); nodes
// and diagnostics point into it, so it outlives them. Adding never moves an earlier file.
class SourceSet {
 public:
  const SourceFile& add(std::string name, std::string text) {
    return files_.emplace_back(std::move(name), std::move(text));
  }

 private:
  std::deque<SourceFile> files_;
};

}  // namespace slsc
