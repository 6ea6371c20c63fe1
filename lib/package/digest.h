// package: the digests of a file on disk, read in blocks (never held whole).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace slsc {

struct FileDigest {
  std::uint64_t size = 0;
  std::string sha256Hex;
  std::string sha256Base64;  // what Lambda's CodeSha256 is
  std::string md5Hex;
};

std::optional<FileDigest> digestFile(const std::string& path);

}  // namespace slsc
