// The sink every stage reports into; turns source locations into public Diagnostics.
#pragma once

#include <string>
#include <vector>

#include "slsc/diagnostic.h"
#include "source/source_file.h"

namespace slsc {

class Diagnostics {
 public:
  void error(const Location& at, std::string code, std::string message);
  void warning(const Location& at, std::string code, std::string message);
  void note(const Location& at, std::string code, std::string message);
  void report(Severity severity, const Location& at, std::string code, std::string message);

  bool hasErrors() const { return errors_ > 0; }
  std::size_t errorCount() const { return errors_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> take() { return std::move(items_); }
  // Turns every warning reported so far into an error (--strict).
  void promoteWarnings();

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace slsc
