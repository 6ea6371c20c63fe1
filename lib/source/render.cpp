// The one renderer of diagnostics: compiler-style text with the source line and a caret, or JSON.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "slsc/diagnostic.h"

namespace slsc {
namespace {

const char* severityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// Spaces up to `column`, keeping the source line's tabs so the caret lines up under tabs too.
std::string caretPadding(const std::string& line, int column) {
  std::string pad;
  for (int i = 0; i + 1 < column; ++i) {
    auto idx = static_cast<std::size_t>(i);
    pad += (idx < line.size() && line[idx] == '\t') ? '\t' : ' ';
  }
  return pad;
}

int caretLength(const Diagnostic& d) {
  int available = static_cast<int>(d.sourceLine.size()) - (d.column - 1);
  int length = d.length < available ? d.length : available;
  return length < 1 ? 1 : length;
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& d, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  const char* tone = !color ? "" : d.severity == Severity::Error ? "\x1b[1;31m" : "\x1b[1;35m";
  const char* caretTone = color ? "\x1b[1;32m" : "";
  std::string where = d.file;
  if (d.line > 0) where += fmt::format(":{}:{}", d.line, d.column);
  std::string out = fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, tone,
                                severityName(d.severity), reset, d.message, d.code);
  if (d.line <= 0 || d.column <= 0) return out;
  std::string number = fmt::format("{:>5}", d.line);
  out += fmt::format("{} | {}\n", number, d.sourceLine);
  out += fmt::format("{} | {}{}^{}{}\n", std::string(number.size(), ' '),
                     caretPadding(d.sourceLine, d.column), caretTone,
                     std::string(static_cast<std::size_t>(caretLength(d) - 1), '~'), reset);
  return out;
}

std::string renderDiagnosticJson(const Diagnostic& d) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("file");
  w.String(d.file.c_str(), static_cast<rapidjson::SizeType>(d.file.size()));
  w.Key("line");
  w.Int(d.line);
  w.Key("column");
  w.Int(d.column);
  w.Key("severity");
  w.String(severityName(d.severity));
  w.Key("code");
  w.String(d.code.c_str(), static_cast<rapidjson::SizeType>(d.code.size()));
  w.Key("message");
  w.String(d.message.c_str(), static_cast<rapidjson::SizeType>(d.message.size()));
  w.Key("path");
  w.String(d.path.c_str(), static_cast<rapidjson::SizeType>(d.path.size()));
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace slsc
