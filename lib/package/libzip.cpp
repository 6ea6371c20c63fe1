// package: loading libzip on first use.
#include "package/libzip.h"

#include <dlfcn.h>

namespace slsc {
namespace {

struct Loaded {
  LibZip functions;
  std::string error;  // empty when every function was found
};

template <typename Function>
bool bind(void* library, const char* name, Function& out, std::string& error) {
  out = reinterpret_cast<Function>(::dlsym(library, name));
  if (!out) error = std::string("libzip (") + SLSC_LIBZIP_SONAME + ") has no " + name;
  return out != nullptr;
}

Loaded load() {
  Loaded loaded;
  // Kept open to process exit: the functions are used until then.
  void* library = ::dlopen(SLSC_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char* reason = ::dlerror();
    loaded.error = std::string("cannot load libzip (") + SLSC_LIBZIP_SONAME +
                   "): " + (reason ? reason : "unknown error");
    return loaded;
  }
  LibZip& z = loaded.functions;
  std::string& e = loaded.error;
  bool found = bind(library, "zip_open", z.open, e) && bind(library, "zip_close", z.close, e) &&
               bind(library, "zip_discard", z.discard, e) &&
               bind(library, "zip_get_error", z.getError, e) &&
               bind(library, "zip_error_strerror", z.errorText, e) &&
               bind(library, "zip_error_init_with_code", z.errorInitWithCode, e) &&
               bind(library, "zip_error_fini", z.errorFini, e) &&
               bind(library, "zip_source_file", z.sourceFile, e) &&
               bind(library, "zip_source_free", z.sourceFree, e) &&
               bind(library, "zip_file_add", z.fileAdd, e) &&
               bind(library, "zip_file_set_dostime", z.fileSetDosTime, e) &&
               bind(library, "zip_file_set_external_attributes", z.fileSetExternalAttributes, e) &&
               bind(library, "zip_set_file_compression", z.setFileCompression, e);
  if (!found) loaded.functions = LibZip{};
  return loaded;
}

}  // namespace

const LibZip* libzip(std::string& error) {
  // Never destroyed, like the library it refers to.
  static const Loaded* loaded = new Loaded(load());
  if (!loaded->error.empty()) {
    error = loaded->error;
    return nullptr;
  }
  return &loaded->functions;
}

}  // namespace slsc
