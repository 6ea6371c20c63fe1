// package: deterministic zips through libzip.
#include "package/zip.h"

#include "package/libzip.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace slsc {
namespace {

constexpr zip_uint16_t kDosTime = 0;                             // 00:00:00
constexpr zip_uint16_t kDosDate = (0u << 9) | (1u << 5) | 1u;    // 1980-01-01
constexpr zip_uint32_t kRegularFile = 0100000;                   // S_IFREG

std::string libzipError(const LibZip& z, zip_t* archive) {
  return z.errorText(z.getError(archive));
}

// Whether `source` can be opened for reading, so that the error names the file (libzip's, at
// close, would not).
bool readable(const std::string& source, std::string& error) {
  int fd = ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot read '" + source + "': " + std::strerror(errno);
    return false;
  }
  ::close(fd);
  return true;
}

bool addEntry(const LibZip& z, zip_t* archive, const ZipEntry& entry, std::string& error) {
  if (!readable(entry.source, error)) return false;
  zip_source_t* source = z.sourceFile(archive, entry.source.c_str(), 0, 0);
  if (!source) {
    error = "cannot read '" + entry.source + "': " + libzipError(z, archive);
    return false;
  }
  zip_int64_t index = z.fileAdd(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    z.sourceFree(source);
    error = "cannot add '" + entry.name + "': " + libzipError(z, archive);
    return false;
  }
  auto at = static_cast<zip_uint64_t>(index);
  zip_uint32_t mode = entry.executable ? 0755 : 0644;
  if (z.fileSetDosTime(archive, at, kDosTime, kDosDate, 0) != 0 ||
      z.fileSetExternalAttributes(archive, at, 0, ZIP_OPSYS_UNIX,
                                  (kRegularFile | mode) << 16) != 0 ||
      z.setFileCompression(archive, at, ZIP_CM_DEFLATE, 0) != 0) {
    error = "cannot set the attributes of '" + entry.name + "': " + libzipError(z, archive);
    return false;
  }
  return true;
}

}  // namespace

bool writeZip(const std::string& path, const std::vector<ZipEntry>& entries, std::string& error) {
  const LibZip* loaded = libzip(error);
  if (!loaded) return false;
  const LibZip& z = *loaded;
  int status = 0;
  zip_t* archive = z.open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &status);
  if (!archive) {
    zip_error_t reason;
    z.errorInitWithCode(&reason, status);
    error = "cannot create '" + path + "': " + z.errorText(&reason);
    z.errorFini(&reason);
    return false;
  }
  for (const auto& entry : entries) {
    if (!addEntry(z, archive, entry, error)) {
      z.discard(archive);
      std::remove(path.c_str());
      return false;
    }
  }
  if (z.close(archive) != 0) {
    error = "cannot write '" + path + "': " + libzipError(z, archive);
    z.discard(archive);
    std::remove(path.c_str());
    return false;
  }
  return true;
}

}  // namespace slsc
