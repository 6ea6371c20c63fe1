// package: libzip, loaded when the first zip is written instead of at every start (binding it,
// with the shared libcrypto, zlib and bzip2 it needs, costs a one-function compile a sixth of
// its instructions, and only `package` writes zips). The functions are libzip's own, found by
// name in the library whose soname the build read from the one pkg-config found.
#pragma once

#include <zip.h>

#include <string>

namespace slsc {

struct LibZip {
  decltype(&::zip_open) open = nullptr;
  decltype(&::zip_close) close = nullptr;
  decltype(&::zip_discard) discard = nullptr;
  decltype(&::zip_get_error) getError = nullptr;
  decltype(&::zip_error_strerror) errorText = nullptr;
  decltype(&::zip_error_init_with_code) errorInitWithCode = nullptr;
  decltype(&::zip_error_fini) errorFini = nullptr;
  decltype(&::zip_source_file) sourceFile = nullptr;
  decltype(&::zip_source_free) sourceFree = nullptr;
  decltype(&::zip_file_add) fileAdd = nullptr;
  decltype(&::zip_file_set_dostime) fileSetDosTime = nullptr;
  decltype(&::zip_file_set_external_attributes) fileSetExternalAttributes = nullptr;
  decltype(&::zip_set_file_compression) setFileCompression = nullptr;
};

// libzip's functions, loaded on the first call (by whichever thread makes it) and kept to
// process exit; null, with why in `error`, when the library or one of them cannot be loaded.
const LibZip* libzip(std::string& error);

}  // namespace slsc
