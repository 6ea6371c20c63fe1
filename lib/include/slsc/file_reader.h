// The file access the compiler needs, behind an interface so that tests run in memory.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace slsc {

class FileReader {
 public:
  virtual ~FileReader() = default;
  // The whole content of the file at `path`, or nothing when it cannot be read.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  // The path with every symbolic link and "." / ".." resolved, or nothing when it does not exist.
  virtual std::optional<std::string> canonical(const std::string& path) const = 0;
};

// Reads the real file system.
class DiskFileReader final : public FileReader {
 public:
  std::optional<std::string> read(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;
};

// Serves files from a map of path → content; paths are normalized lexically.
class MemoryFileReader final : public FileReader {
 public:
  MemoryFileReader() = default;
  explicit MemoryFileReader(std::map<std::string, std::string> files);
  void add(const std::string& path, std::string content);
  std::optional<std::string> read(const std::string& path) const override;
  std::optional<std::string> canonical(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace slsc
