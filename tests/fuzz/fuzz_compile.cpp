// libFuzzer target: the whole pipeline on an arbitrary service file, in memory. Any crash,
// hang or sanitizer report is a bug; diagnostics are the expected answer to bad input.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "slsc/compile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto reader = std::make_shared<slsc::MemoryFileReader>();
  slsc::Options options;
  options.reader = reader;
  std::string text(reinterpret_cast<const char*>(data), size);
  slsc::Result result = slsc::compileString(text, "serverless.yml", options);
  // Exercise the compat mode too, on every other input.
  if (size % 2 == 0) {
    options.compat = slsc::Compat::ServerlessV3;
    result = slsc::compileString(text, "serverless.yml", options);
  }
  for (const auto& d : result.diagnostics) (void)slsc::renderDiagnostic(d);
  return 0;
}
