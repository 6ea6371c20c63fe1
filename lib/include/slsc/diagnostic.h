// Diagnostics: what the compiler reports about a service file, with the position it concerns.
#pragma once

#include <string>
#include <vector>

namespace slsc {

// A note says what the compiler did about something it does not build as written; it never
// fails a compile, not even with --strict.
enum class Severity { Error, Warning, Note };

// One problem found in the input. Line and column are 1-based; 0 means "no position"
// (for example, an error about the command line rather than a file).
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;        // stable identifier, e.g. "route-key-invalid"
  std::string message;     // lower-case, no final period
  std::string file;        // as given by the caller, e.g. "serverless.yml"
  int line = 0;
  int column = 0;
  int length = 1;          // how many characters the caret underlines
  std::string path;        // where in the service, e.g. "functions.chat.events[0].websocket"
  std::string sourceLine;  // the text of that line, for rendering
};

// "file:line:col: error: message [code]" followed by the source line and a caret.
std::string renderDiagnostic(const Diagnostic& diagnostic, bool color = false);

// One JSON object on one line: file, line, column, severity, code, message, path.
std::string renderDiagnosticJson(const Diagnostic& diagnostic);

// Every diagnostic of a run as one SARIF 2.1.0 log, for code scanning: a rule per code used
// (with its help from docs/diagnostics.md) and a result per diagnostic.
std::string renderSarif(const std::vector<Diagnostic>& diagnostics);

}  // namespace slsc
