// UTF-8 checks (RapidJSON's validator): where a text stops being UTF-8, and a printable copy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace slsc {

// The 1-based line and column (in code points) of the first byte that is not UTF-8.
std::optional<std::pair<int, int>> firstInvalidUtf8(std::string_view text);
// `text` with each byte that is not UTF-8 replaced by '?', safe to print.
std::string printableUtf8(std::string_view text);

}  // namespace slsc
