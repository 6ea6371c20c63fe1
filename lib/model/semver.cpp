// Semver ranges: each simple range becomes comparators over whole versions.
#include "model/semver.h"

#include <charconv>
#include <string>
#include <tuple>
#include <vector>

namespace slsc {
namespace {

// A version with some parts left out or wildcards: "3", "3.1", "3.x", "*".
struct Partial {
  int parts[3] = {0, 0, 0};
  int given = 0;  // how many leading parts are numbers
};

enum class Op { Less, LessEqual, Greater, GreaterEqual };

struct Comparator {
  Op op;
  Version v;
};

std::tuple<int, int, int> key(const Version& v) { return {v.major, v.minor, v.patch}; }

bool holds(const Comparator& c, const Version& v) {
  auto a = key(v), b = key(c.v);
  switch (c.op) {
    case Op::Less: return a < b;
    case Op::LessEqual: return a <= b;
    case Op::Greater: return a > b;
    case Op::GreaterEqual: return a >= b;
  }
  return false;
}

bool isWildcard(std::string_view s) { return s == "x" || s == "X" || s == "*"; }

std::optional<Partial> parsePartial(std::string_view text) {
  if (!text.empty() && (text[0] == 'v' || text[0] == '=')) text.remove_prefix(1);
  // Prerelease and build tags are ignored.
  if (auto tag = text.find_first_of("-+"); tag != std::string_view::npos) text = text.substr(0, tag);
  Partial p;
  if (text.empty() || isWildcard(text)) return p;
  bool wild = false;
  for (int i = 0; i < 3 && !text.empty(); ++i) {
    auto dot = text.find('.');
    std::string_view part = text.substr(0, dot);
    text = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (isWildcard(part)) {
      wild = true;
      continue;
    }
    if (wild) return std::nullopt;
    int n = 0;
    auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (error != std::errc() || end != part.data() + part.size() || n < 0) return std::nullopt;
    p.parts[i] = n;
    p.given = i + 1;
  }
  if (!text.empty()) return std::nullopt;
  return p;
}

Version low(const Partial& p) { return Version{p.parts[0], p.parts[1], p.parts[2]}; }

// The first version above every version the partial stands for ("3.1" → 3.2.0).
Version above(const Partial& p) {
  if (p.given == 1) return Version{p.parts[0] + 1, 0, 0};
  if (p.given == 2) return Version{p.parts[0], p.parts[1] + 1, 0};
  return Version{p.parts[0], p.parts[1], p.parts[2] + 1};
}

bool addPartialRange(const Partial& p, std::vector<Comparator>& out) {
  if (p.given == 0) return true;
  out.push_back({Op::GreaterEqual, low(p)});
  out.push_back({Op::Less, above(p)});
  return true;
}

bool addSimple(std::string_view text, std::vector<Comparator>& out) {
  std::string_view op;
  for (std::string_view candidate : {">=", "<=", ">", "<", "=", "~>", "~", "^"}) {
    if (text.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  }
  auto p = parsePartial(text.substr(op.size()));
  if (!p) return false;
  if (op.empty() || op == "=") return addPartialRange(*p, out);
  if (op == ">=") {
    out.push_back({Op::GreaterEqual, low(*p)});
  } else if (op == ">") {
    if (p->given == 0) out.push_back({Op::Less, Version{0, 0, 0}});  // nothing is above "*"
    else out.push_back({Op::GreaterEqual, above(*p)});
  } else if (op == "<") {
    out.push_back({Op::Less, low(*p)});
  } else if (op == "<=") {
    if (p->given > 0) out.push_back({Op::Less, above(*p)});
  } else if (op == "~" || op == "~>") {
    out.push_back({Op::GreaterEqual, low(*p)});
    Partial upper = *p;
    upper.given = p->given >= 2 ? 2 : p->given;
    if (upper.given > 0) out.push_back({Op::Less, above(upper)});
  } else {  // ^: the leftmost non-zero part stays
    out.push_back({Op::GreaterEqual, low(*p)});
    Partial upper = *p;
    if (p->given == 0) return true;
    if (p->parts[0] != 0 || p->given == 1) upper.given = 1;
    else if (p->parts[1] != 0 || p->given == 2) upper.given = 2;
    else upper.given = 3;
    out.push_back({Op::Less, above(upper)});
  }
  return true;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(word);
  // An operator written apart from its version (">= 1.2") belongs to it.
  std::vector<std::string> joined;
  for (auto& w : out) {
    if (!joined.empty() && joined.back().find_first_of("0123456789xX*") == std::string::npos &&
        joined.back() != "-")
      joined.back() += w;
    else
      joined.push_back(w);
  }
  return joined;
}

std::optional<bool> satisfiesSet(const Version& version, std::string_view set) {
  std::vector<std::string> parts = words(set);
  std::vector<Comparator> comparators;
  if (parts.size() == 3 && parts[1] == "-") {  // hyphen range
    auto from = parsePartial(parts[0]);
    auto to = parsePartial(parts[2]);
    if (!from || !to) return std::nullopt;
    comparators.push_back({Op::GreaterEqual, low(*from)});
    if (to->given == 3) comparators.push_back({Op::LessEqual, low(*to)});
    else if (to->given > 0) comparators.push_back({Op::Less, above(*to)});
  } else {
    for (const auto& part : parts)
      if (!addSimple(part, comparators)) return std::nullopt;
  }
  for (const auto& c : comparators)
    if (!holds(c, version)) return false;
  return true;
}

}  // namespace

std::optional<bool> satisfies(const Version& version, std::string_view range) {
  bool any = false;
  for (;;) {
    auto bar = range.find("||");
    auto verdict = satisfiesSet(version, range.substr(0, bar));
    if (!verdict) return std::nullopt;
    any = any || *verdict;
    if (bar == std::string_view::npos) return any;
    range = range.substr(bar + 2);
  }
}

}  // namespace slsc
