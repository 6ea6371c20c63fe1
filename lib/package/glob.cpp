// package: glob matching (glob.h says what each form means).
#include "package/glob.h"

#include <cstddef>

namespace slsc {
namespace {

constexpr std::size_t kMaxAlternatives = 1024;  // brace expansions kept from one pattern
constexpr int kMaxBraceDepth = 32;              // braces expanded within braces; deeper is text
constexpr std::size_t kMaxBracePattern = 4096;  // longer patterns' braces are text
constexpr std::size_t kMaxExpandedText = 65536;  // all alternatives of one pattern, in bytes

// The index of the brace closing the one at `open`, or npos.
std::size_t closingBrace(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '{') {
      ++depth;
    } else if (text[i] == '}' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// The parts of `body` between its top-level commas.
std::vector<std::string_view> splitAlternatives(std::string_view body) {
  std::vector<std::string_view> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\') {
      ++i;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      --depth;
    } else if (c == ',' && depth == 0) {
      parts.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(body.substr(start));
  return parts;
}

// Every pattern `{a,b}` stands for; a brace without a comma or without its closing brace is
// text, as in micromatch.
std::size_t totalSize(const std::vector<std::string>& texts) {
  std::size_t total = 0;
  for (const auto& t : texts) total += t.size();
  return total;
}

void expandBraces(const std::string& pattern, std::vector<std::string>& out, int depth = 0) {
  if (out.size() >= kMaxAlternatives || totalSize(out) + pattern.size() > kMaxExpandedText) return;
  if (depth > kMaxBraceDepth || pattern.size() > kMaxBracePattern) {
    out.push_back(pattern);
    return;
  }
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
      continue;
    }
    if (pattern[i] != '{') continue;
    std::size_t close = closingBrace(pattern, i);
    if (close == std::string::npos) break;
    std::string_view body = std::string_view(pattern).substr(i + 1, close - i - 1);
    std::vector<std::string_view> parts = splitAlternatives(body);
    if (parts.size() < 2) continue;
    for (std::string_view part : parts)
      expandBraces(pattern.substr(0, i) + std::string(part) + pattern.substr(close + 1), out,
                   depth + 1);
    return;
  }
  out.push_back(pattern);
}

// `text` cut at every '/', as strings or as views into it.
template <typename Segment>
std::vector<Segment> splitSegments(std::string_view text) {
  std::vector<Segment> segments;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '/') {
      segments.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return segments;
}

// Whether `c` is in the class starting at `glob[g]` ('['); sets `end` past its ']'. A '['
// without its ']' is no class (end stays npos).
bool inClass(std::string_view glob, std::size_t g, char c, std::size_t& end) {
  end = std::string_view::npos;
  std::size_t i = g + 1;
  bool negate = i < glob.size() && glob[i] == '^';  // picomatch reads [!a] as '!' or 'a'
  if (negate) ++i;
  bool found = false;
  bool first = true;
  for (; i < glob.size(); ++i) {
    if (glob[i] == ']' && !first) {
      end = i + 1;
      return found != negate;
    }
    first = false;
    char low = glob[i];
    if (low == '\\' && i + 1 < glob.size()) low = glob[++i];
    char high = low;
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      high = glob[i + 2];
      i += 2;
    }
    if (c >= low && c <= high) found = true;
  }
  return false;
}

// One segment against one path segment: '*' backtracks to the last star only, which keeps the
// match linear in practice.
bool matchSegment(std::string_view glob, std::string_view text) {
  std::size_t g = 0;
  std::size_t t = 0;
  std::size_t starG = std::string_view::npos;
  std::size_t starT = 0;
  while (t < text.size()) {
    if (g < glob.size() && glob[g] == '*') {
      while (g < glob.size() && glob[g] == '*') ++g;
      starG = g;
      starT = t;
      continue;
    }
    if (g < glob.size()) {
      char c = glob[g];
      std::size_t next = g + 1;
      bool ok = false;
      if (c == '?') {
        ok = true;
      } else if (c == '[') {
        std::size_t end = 0;
        ok = inClass(glob, g, text[t], end);
        if (end == std::string_view::npos) ok = text[t] == '[';
        else next = end;
      } else if (c == '\\' && g + 1 < glob.size()) {
        ok = text[t] == glob[g + 1];
        next = g + 2;
      } else {
        ok = text[t] == c;
      }
      if (ok) {
        g = next;
        ++t;
        continue;
      }
    }
    if (starG == std::string_view::npos) return false;
    g = starG;
    t = ++starT;
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

// `**.js`: micromatch reads it as `**/*.js`.
std::string expandShortcut(std::string pattern) {
  if (pattern.size() > 2 && pattern.compare(0, 2, "**") == 0 && pattern[2] != '/' &&
      pattern[2] != '*' && pattern.find('/') == std::string::npos)
    return "**/*" + pattern.substr(2);
  return pattern;
}

}  // namespace

Glob::Glob(std::string_view pattern) {
  std::string text(pattern);
  while (text.compare(0, 2, "./") == 0) text.erase(0, 2);
  if (text.size() > 3 && text.compare(text.size() - 3, 3, "/**") == 0 &&
      text.find_first_of("*?[{\\", 0) == text.size() - 2) {
    folderPrefix_ = text.substr(0, text.size() - 2);  // "folder/"
    return;
  }
  std::vector<std::string> expanded;
  expandBraces(text, expanded);
  for (auto& alternative : expanded)
    alternatives_.push_back(splitSegments<std::string>(expandShortcut(std::move(alternative))));
}

// Whether glob[g…] matches path[p…]. `failed` remembers the (g, p) pairs known not to match, so
// that globstars try each pair once: linear in glob × path, whatever their number.
bool Glob::matchSegments(const Segments& glob, std::size_t g,
                         const std::vector<std::string_view>& path, std::size_t p,
                         std::vector<char>& failed) {
  std::size_t width = path.size() + 1;
  while (g < glob.size()) {
    if (glob[g] == "**") {
      // Consecutive globstars are one; then try every number of segments.
      while (g + 1 < glob.size() && glob[g + 1] == "**") ++g;
      if (g + 1 == glob.size()) return true;
      for (std::size_t skip = p; skip <= path.size(); ++skip) {
        char& known = failed[(g + 1) * width + skip];
        if (known) continue;
        if (matchSegments(glob, g + 1, path, skip, failed)) return true;
        known = 1;
      }
      return false;
    }
    if (p >= path.size() || !matchSegment(glob[g], path[p])) return false;
    ++g;
    ++p;
  }
  return p == path.size();
}

bool Glob::matches(std::string_view path) const {
  if (!folderPrefix_.empty())
    return path.compare(0, folderPrefix_.size(), folderPrefix_) == 0 ||
           path == std::string_view(folderPrefix_).substr(0, folderPrefix_.size() - 1);
  std::vector<std::string_view> segments = splitSegments<std::string_view>(path);
  for (const auto& alternative : alternatives_) {
    std::vector<char> failed((alternative.size() + 1) * (segments.size() + 1), 0);
    if (matchSegments(alternative, 0, segments, 0, failed)) return true;
  }
  return false;
}

}  // namespace slsc
