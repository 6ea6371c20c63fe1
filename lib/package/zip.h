// package: writing a zip with libzip, the same bytes for the same files on every machine, time
// zone and umask: entries in the order given, every one dated 1980-01-01 00:00 (DOS time, set
// as such: libzip's mtime setter converts through the local time zone), mode 0755 when the
// owner may execute the file and 0644 otherwise (never the umask's), deflated. File contents
// are streamed from disk when the zip is closed, never held.
#pragma once

#include <string>
#include <vector>

namespace slsc {

struct ZipEntry {
  std::string name;    // the path inside the zip, '/'-separated
  std::string source;  // the file on disk
  bool executable = false;
};

// Writes a new zip at `path`; on failure, says why in `error` and leaves no file.
bool writeZip(const std::string& path, const std::vector<ZipEntry>& entries, std::string& error);

}  // namespace slsc
