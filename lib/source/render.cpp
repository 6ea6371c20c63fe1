// The one renderer of diagnostics: compiler-style text with the source line and a caret, or JSON.
#include <algorithm>

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "slsc/diagnostic.h"

namespace slsc {
namespace {

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

const char* severityTone(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;35m";
    case Severity::Note: return "\x1b[1;36m";
  }
  return "";
}

// Spaces up to `column`, keeping the source line's tabs so the caret lines up under tabs too.
std::string caretPadding(const std::string& line, int column) {
  std::string pad;
  for (int i = 0; i + 1 < column; ++i) {
    auto idx = static_cast<std::size_t>(i);
    pad += (idx < line.size() && line[idx] == '\t') ? '\t' : ' ';
  }
  return pad;
}

int caretLength(std::string_view line, int column, int wanted) {
  int available = static_cast<int>(line.size()) - (column - 1);
  int length = wanted < available ? wanted : available;
  return length < 1 ? 1 : length;
}

// The part of the source line that is shown: all of it when it is short, otherwise a window
// around the column, cut at character boundaries and marked with "..." where text is left out,
// so that a minified or generated one-line file still gives a readable diagnostic.
struct Excerpt {
  std::string text;
  int column = 1;
  std::size_t visible = 0;  // bytes of text before a trailing "...": where the caret may run
};

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

Excerpt excerpt(const std::string& line, int column) {
  constexpr std::size_t kWidth = 160;
  constexpr std::size_t kBefore = 60;
  if (line.size() <= kWidth) return {line, column, line.size()};
  std::size_t at = std::min(static_cast<std::size_t>(column - 1), line.size());
  std::size_t start = at > kBefore ? at - kBefore : 0;
  while (start > 0 && isContinuationByte(line[start])) --start;
  std::size_t end = std::min(line.size(), start + kWidth);
  while (end < line.size() && isContinuationByte(line[end])) ++end;
  std::string lead = start > 0 ? "..." : "";
  std::string tail = end < line.size() ? "..." : "";
  return {lead + line.substr(start, end - start) + tail,
          static_cast<int>(at - start + lead.size()) + 1, lead.size() + (end - start)};
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& d, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  const char* tone = !color ? "" : severityTone(d.severity);
  const char* caretTone = color ? "\x1b[1;32m" : "";
  std::string where = d.file;
  if (d.line > 0) where += fmt::format(":{}:{}", d.line, d.column);
  std::string out = fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, tone,
                                severityName(d.severity), reset, d.message, d.code);
  if (d.line <= 0 || d.column <= 0) return out;
  std::string number = fmt::format("{:>5}", d.line);
  Excerpt shown = excerpt(d.sourceLine, d.column);
  int length = caretLength(std::string_view(shown.text).substr(0, shown.visible), shown.column,
                           d.length);
  out += fmt::format("{} | {}\n", number, shown.text);
  out += fmt::format("{} | {}{}^{}{}\n", std::string(number.size(), ' '),
                     caretPadding(shown.text, shown.column), caretTone,
                     std::string(static_cast<std::size_t>(length - 1), '~'), reset);
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
