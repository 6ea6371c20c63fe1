// Diagnostics sink.
#include "source/diagnostics.h"

#include "source/utf8.h"

namespace slsc {

void Diagnostics::error(const Location& at, std::string code, std::string message) {
  report(Severity::Error, at, std::move(code), std::move(message));
}

void Diagnostics::warning(const Location& at, std::string code, std::string message) {
  report(Severity::Warning, at, std::move(code), std::move(message));
}

void Diagnostics::note(const Location& at, std::string code, std::string message) {
  report(Severity::Note, at, std::move(code), std::move(message));
}

void Diagnostics::report(Severity severity, const Location& at, std::string code,
                         std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.line = at.line;
  d.column = at.column;
  d.length = at.length > 0 ? at.length : 1;
  d.path = at.path;
  if (at.file) {
    d.file = at.file->name();
    d.sourceLine = printableUtf8(at.file->line(at.line));
  }
  if (severity == Severity::Error) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::promoteWarnings() {
  for (auto& d : items_) {
    if (d.severity != Severity::Warning) continue;
    d.severity = Severity::Error;
    ++errors_;
  }
}

}  // namespace slsc
