// ASCII case mapping of settings the reference compares case-insensitively (HTTP verbs,
// integration and authorizer types, tag names), and ASCII classes that do not follow the
// locale as <cctype>'s do.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace slsc {

inline bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isAsciiAlphanumeric(char c) { return isAsciiLetter(c) || (c >= '0' && c <= '9'); }

inline std::string asciiUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

inline std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace slsc
