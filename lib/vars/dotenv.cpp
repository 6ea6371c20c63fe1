// useDotenv: the reference's dotenv 16 parser and dotenv-expand 10 expansion.
#include "vars/dotenv.h"

#include <cctype>
#include <filesystem>

namespace slsc::vars {
namespace {

bool isKeyChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string replaceAll(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(text.size());
  std::size_t start = 0;
  for (std::size_t at = text.find(from); at != std::string_view::npos; at = text.find(from, start)) {
    out.append(text.substr(start, at - start)).append(to);
    start = at + from.size();
  }
  out.append(text.substr(start));
  return out;
}

// One value after its key's separator: a quoted string (which may span lines) or the rest of
// the line up to a comment.
std::string readValue(std::string_view text, std::size_t& i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < text.size() && (text[i] == '\'' || text[i] == '"' || text[i] == '`')) {
    char quote = text[i];
    std::size_t end = i + 1;
    while (end < text.size() && !(text[end] == quote && text[end - 1] != '\\')) ++end;
    if (end < text.size()) {
      std::string value(text.substr(i + 1, end - i - 1));
      i = end + 1;
      while (i < text.size() && text[i] != '\n') ++i;
      if (quote == '"') value = replaceAll(replaceAll(value, "\\n", "\n"), "\\r", "\r");
      return value;
    }
  }
  std::size_t start = i;
  while (i < text.size() && text[i] != '\n' && text[i] != '#') ++i;
  std::string_view value = trim(text.substr(start, i - start));
  while (i < text.size() && text[i] != '\n') ++i;
  return std::string(value);
}

// dotenv-expand's rule: the last unescaped `$` first, its ${NAME:-default} replaced by the
// variable, the default, or nothing; again until no `$` is left (bounded, where the reference
// would recurse without end).
std::string interpolate(std::string value, const EnvLookup& lookup) {
  for (int round = 0; round < 1000; ++round) {
    std::size_t dollar = std::string::npos;
    for (std::size_t i = value.size(); i-- > 0;) {
      if (value[i] == '$' && (i == 0 || value[i - 1] != '\\')) {
        dollar = i;
        break;
      }
    }
    if (dollar == std::string::npos) break;
    std::size_t i = dollar + 1;
    bool brace = i < value.size() && value[i] == '{';
    if (brace) ++i;
    std::size_t nameStart = i;
    while (i < value.size() && isWordChar(value[i])) ++i;
    if (i == nameStart) break;
    std::string name = value.substr(nameStart, i - nameStart);
    std::string fallback;
    if (value.compare(i, 2, ":-") == 0) {
      std::size_t start = i + 2;
      i = start;
      while (i < value.size() && value[i] != '}' && value[i] != '\\') ++i;
      fallback = value.substr(start, i - start);
    }
    if (i < value.size() && value[i] == '}') ++i;
    std::string group = value.substr(dollar, i - dollar);
    std::optional<std::string> found = lookup(name);
    std::string replacement = found && !found->empty() ? *found : fallback;
    value.replace(value.find(group), group.size(), replacement);
  }
  return replaceAll(value, "\\$", "$");
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parseDotenv(std::string_view text) {
  std::string normalized = replaceAll(replaceAll(std::string(text), "\r\n", "\n"), "\r", "\n");
  std::string_view src = normalized;
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t i = 0;
  auto skipLine = [&] {
    while (i < src.size() && src[i] != '\n') ++i;
  };
  while (i < src.size()) {
    while (i < src.size() && std::isspace(static_cast<unsigned char>(src[i]))) ++i;
    if (src.compare(i, 6, "export") == 0 && i + 6 < src.size() && (src[i + 6] == ' ' || src[i + 6] == '\t')) {
      i += 6;
      while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) ++i;
    }
    std::size_t keyStart = i;
    while (i < src.size() && isKeyChar(src[i])) ++i;
    std::string key(src.substr(keyStart, i - keyStart));
    std::size_t separator = i;
    while (separator < src.size() && (src[separator] == ' ' || src[separator] == '\t')) ++separator;
    bool equals = separator < src.size() && src[separator] == '=';
    bool colon = i < src.size() && src[i] == ':' && i + 1 < src.size() &&
                 (src[i + 1] == ' ' || src[i + 1] == '\t');
    if (key.empty() || (!equals && !colon)) {
      skipLine();
      continue;
    }
    i = equals ? separator + 1 : i + 1;
    std::string value = readValue(src, i);
    bool replaced = false;
    for (auto& [k, v] : out) {
      if (k != key) continue;
      v = value;
      replaced = true;
    }
    if (!replaced) out.emplace_back(std::move(key), std::move(value));
  }
  return out;
}

std::map<std::string, std::string> expandDotenv(
    const std::vector<std::pair<std::string, std::string>>& parsed, const EnvLookup& process) {
  std::map<std::string, std::string> raw;
  for (const auto& [key, value] : parsed) raw[key] = value;
  // What dotenv left in the environment: the process's variables, then the file's unexpanded.
  EnvLookup environment = [&](const std::string& name) -> std::optional<std::string> {
    if (auto value = process(name)) return value;
    if (auto it = raw.find(name); it != raw.end()) return it->second;
    return std::nullopt;
  };
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : parsed) {
    std::optional<std::string> own = process(key);
    out[key] = interpolate(own ? *own : value, environment);
  }
  return out;
}

std::map<std::string, std::string> loadDotenv(const FileReader& reader,
                                              const std::string& serviceDir,
                                              const std::string& stage, const EnvLookup& process) {
  std::filesystem::path folder(serviceDir.empty() ? "." : serviceDir);
  std::optional<std::string> text = reader.read((folder / (".env." + stage)).string());
  if (!text) text = reader.read((folder / ".env").string());
  if (!text) return {};
  return expandDotenv(parseDotenv(*text), process);
}

}  // namespace slsc::vars
