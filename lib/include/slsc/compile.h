// The compiler's entry points: a service file in, a CloudFormation template and diagnostics out.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "slsc/diagnostic.h"
#include "slsc/file_reader.h"

namespace slsc {

enum class Compat {
  None,          // our defaults: least-privilege permissions, deploy-time failures caught early
  ServerlessV3,  // what the Serverless Framework v3.38 writes
};

struct Options {
  std::string stage;   // empty: provider.stage, else "dev"
  std::string region;  // empty: provider.region, else "us-east-1"
  Compat compat = Compat::None;
  bool strict = false;                       // every warning becomes an error
  // The day runtime deprecations are judged at, YYYY-MM-DD; empty: today (UTC). The template
  // never depends on it, only the warnings do.
  std::string today;
  std::map<std::string, std::string> params;  // --param KEY=VALUE
  std::map<std::string, std::string> opts;    // --opt KEY=VALUE
  // Reads the service's own files (artifacts, ${file(...)}); null means the real disk.
  std::shared_ptr<const FileReader> reader;
};

struct Result {
  bool ok = false;                      // true when a template was produced
  std::string templateJson;             // the template, when ok
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in the order found
};

// Compiles the service file at `path`.
Result compileFile(const std::string& path, const Options& options);

// Compiles `text` as if it were the file `name` (positions and relative paths use `name`).
Result compileString(const std::string& text, const std::string& name, const Options& options);

// Whether `text` is a calendar date written YYYY-MM-DD (as Options::today takes it).
bool isIsoDate(std::string_view text);

// The library's version, e.g. "0.1.0".
const char* version();

}  // namespace slsc
