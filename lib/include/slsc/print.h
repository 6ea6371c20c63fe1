// `sls-compile print`: the service file after variable resolution, as `sls print` shows it.
#pragma once

#include <string>
#include <vector>

#include "slsc/compile.h"
#include "slsc/diagnostic.h"

namespace slsc {

enum class PrintFormat { YamlText, JsonText };

struct PrintOptions {
  PrintFormat format = PrintFormat::YamlText;
  // One value, by a dotted path ("provider.stage", "functions.hello.events.0"); empty: all.
  std::string path;
};

struct PrintResult {
  bool ok = false;
  std::string text;  // the YAML or JSON text, when ok
  std::vector<Diagnostic> diagnostics;
};

// Loads `text` as the file `name` and resolves its variables, as a compile does (the same
// options and diagnostics), then writes the resolved service, or the value at print.path.
PrintResult printString(const std::string& text, const std::string& name, const Options& options,
                        const PrintOptions& print);

}  // namespace slsc
