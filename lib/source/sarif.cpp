// Diagnostics as SARIF 2.1.0 (one log, one run), so that code scanning annotates the lines:
// the tool, a rule per code that occurs (its help from docs/diagnostics.md, embedded at build
// time), and a result per diagnostic with its file, line, columns and level.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "slsc/compile.h"
#include "slsc/diagnostic.h"

namespace slsc {

extern const char* const kDiagnosticsDoc;

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

struct RuleHelp {
  std::string markdown;  // the meaning as docs/diagnostics.md writes it
  std::string text;      // the same without markdown and without the golden cases' names
};

// The meaning without the golden cases that show it ("… [http/error-x]").
std::string_view withoutCases(std::string_view meaning) {
  if (auto cases = meaning.rfind(" ["); cases != std::string_view::npos && meaning.back() == ']')
    meaning = meaning.substr(0, cases);
  return meaning;
}

std::string plainText(std::string_view markdown) {
  std::string out;
  for (char c : markdown)
    if (c != '`' && c != '*') out += c;
  return out;
}

// The table rows `| \`code\` | meaning |` of docs/diagnostics.md, by code.
const std::map<std::string, RuleHelp, std::less<>>& rulesHelp() {
  static const std::map<std::string, RuleHelp, std::less<>> rules = [] {
    std::map<std::string, RuleHelp, std::less<>> out;
    std::string_view doc(kDiagnosticsDoc);
    while (!doc.empty()) {
      std::size_t end = doc.find('\n');
      std::string_view line = doc.substr(0, end);
      doc.remove_prefix(end == std::string_view::npos ? doc.size() : end + 1);
      if (line.rfind("| `", 0) != 0) continue;
      std::size_t close = line.find('`', 3);
      std::size_t cell = line.find(" | ", close);
      if (close == std::string_view::npos || cell == std::string_view::npos) continue;
      std::string_view meaning = line.substr(cell + 3);
      if (meaning.size() >= 2 && meaning.substr(meaning.size() - 2) == " |")
        meaning.remove_suffix(2);
      meaning = withoutCases(meaning);
      out.emplace(std::string(line.substr(3, close - 3)),
                  RuleHelp{std::string(meaning), plainText(meaning)});
    }
    return out;
  }();
  return rules;
}

const char* level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

void string(Writer& w, std::string_view text) {
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void message(Writer& w, const char* key, std::string_view text) {
  w.Key(key);
  w.StartObject();
  w.Key("text");
  string(w, text);
  w.EndObject();
}

// A relative URI reference for the file as it was named: unreserved characters and '/' kept,
// every other byte percent-encoded.
std::string fileUri(std::string_view file) {
  static const char* const hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : file) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// The first sentence of a rule's help: its short description.
std::string firstSentence(const std::string& text) {
  std::size_t end = text.find(". ");
  return end == std::string::npos ? text : text.substr(0, end + 1);
}

void writeRule(Writer& w, const std::string& code, Severity severity) {
  const auto& help = rulesHelp();
  auto found = help.find(code);
  std::string text = found != help.end() ? found->second.text : code;
  w.StartObject();
  w.Key("id");
  string(w, code);
  message(w, "shortDescription", firstSentence(text));
  message(w, "fullDescription", text);
  w.Key("help");
  w.StartObject();
  w.Key("text");
  string(w, text);
  w.Key("markdown");
  string(w, found != help.end() ? found->second.markdown : code);
  w.EndObject();
  w.Key("defaultConfiguration");
  w.StartObject();
  w.Key("level");
  w.String(level(severity));
  w.EndObject();
  w.EndObject();
}

void writeLocation(Writer& w, const Diagnostic& d) {
  w.Key("locations");
  w.StartArray();
  w.StartObject();
  w.Key("physicalLocation");
  w.StartObject();
  w.Key("artifactLocation");
  w.StartObject();
  w.Key("uri");
  string(w, fileUri(d.file));
  w.EndObject();
  if (d.line > 0) {
    w.Key("region");
    w.StartObject();
    w.Key("startLine");
    w.Int(d.line);
    if (d.column > 0) {
      w.Key("startColumn");
      w.Int(d.column);
      w.Key("endColumn");
      w.Int(d.column + (d.length > 0 ? d.length : 1));
    }
    if (!d.sourceLine.empty()) {
      w.Key("snippet");
      w.StartObject();
      w.Key("text");
      string(w, d.sourceLine);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndObject();
  if (!d.path.empty()) {
    w.Key("logicalLocations");
    w.StartArray();
    w.StartObject();
    w.Key("fullyQualifiedName");
    string(w, d.path);
    w.EndObject();
    w.EndArray();
  }
  w.EndObject();
  w.EndArray();
}

}  // namespace

std::string renderSarif(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::pair<std::string, Severity>> rules;  // in order of first use
  std::map<std::string, std::size_t, std::less<>> ruleIndex;
  for (const auto& d : diagnostics)
    if (ruleIndex.emplace(d.code, rules.size()).second) rules.emplace_back(d.code, d.severity);
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("$schema");
  w.String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version");
  w.String("2.1.0");
  w.Key("runs");
  w.StartArray();
  w.StartObject();
  w.Key("tool");
  w.StartObject();
  w.Key("driver");
  w.StartObject();
  w.Key("name");
  w.String("sls-compile");
  w.Key("version");
  w.String(version());
  w.Key("rules");
  w.StartArray();
  for (const auto& [code, severity] : rules) writeRule(w, code, severity);
  w.EndArray();
  w.EndObject();
  w.EndObject();
  w.Key("results");
  w.StartArray();
  for (const auto& d : diagnostics) {
    w.StartObject();
    w.Key("ruleId");
    string(w, d.code);
    w.Key("ruleIndex");
    w.Uint64(ruleIndex.find(d.code)->second);
    w.Key("level");
    w.String(level(d.severity));
    message(w, "message", d.message);
    writeLocation(w, d);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace slsc
