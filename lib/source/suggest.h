// "Did you mean" suggestions: the known name nearest to what the user wrote.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace slsc {

// Levenshtein distance.
std::size_t editDistance(std::string_view a, std::string_view b);

// The name in `names` that `written` most likely misspells (case-insensitive, at most two edits
// and fewer than half its length; or a longer or shorter form of it), or "" when none is close.
std::string closestName(std::string_view written, const std::vector<std::string>& names);

}  // namespace slsc
