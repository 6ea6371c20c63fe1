#include "source/suggest.h"

#include "source/ascii.h"

#include <algorithm>
#include <cctype>

namespace slsc {
namespace {

std::string lower(std::string_view s) { return asciiLower(s); }

}  // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closestName(std::string_view written, const std::vector<std::string>& names) {
  if (written.size() > 64) return "";  // no name we suggest is that long; distance is quadratic
  std::string key = lower(written);
  std::string best;
  std::size_t bestDistance = 3;
  for (const auto& name : names) {
    if (name.size() > 128) continue;
    std::size_t d = editDistance(key, lower(name));
    if (d < bestDistance && d * 2 < key.size()) {
      best = name;
      bestDistance = d;
    }
  }
  if (!best.empty()) return best;
  // A longer or shorter form of a known name: "routeKey" for "route".
  for (const auto& name : names) {
    std::string candidate = lower(name);
    const std::string& shorter = candidate.size() < key.size() ? candidate : key;
    const std::string& longer = candidate.size() < key.size() ? key : candidate;
    if (shorter.size() >= 4 && longer.compare(0, shorter.size(), shorter) == 0) return name;
  }
  return "";
}

}  // namespace slsc
