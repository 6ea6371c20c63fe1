// The disk and in-memory file readers.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "slsc/file_reader.h"

namespace slsc {
namespace fs = std::filesystem;

std::optional<std::string> DiskFileReader::read(const std::string& path) const {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return content.str();
}

std::optional<std::string> DiskFileReader::canonical(const std::string& path) const {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  if (ec) return std::nullopt;
  return resolved.string();
}

MemoryFileReader::MemoryFileReader(std::map<std::string, std::string> files) {
  for (auto& [path, content] : files) add(path, std::move(content));
}

void MemoryFileReader::add(const std::string& path, std::string content) {
  files_[fs::path(path).lexically_normal().string()] = std::move(content);
}

std::optional<std::string> MemoryFileReader::read(const std::string& path) const {
  auto it = files_.find(fs::path(path).lexically_normal().string());
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> MemoryFileReader::canonical(const std::string& path) const {
  std::string normal = fs::path(path).lexically_normal().string();
  if (files_.count(normal)) return normal;
  // A folder exists when some file lies below it.
  std::string prefix = normal.empty() || normal.back() == '/' ? normal : normal + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.rfind(prefix, 0) == 0) return normal;
  return std::nullopt;
}

}  // namespace slsc
