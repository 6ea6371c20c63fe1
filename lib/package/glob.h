// package: the globs of `package.patterns`, `include` and `exclude`, matched as the reference
// matches them (micromatch with `dot: true`) against paths relative to the service folder.
//
//   *        any characters but '/', dot files included
//   **       as a whole segment: any number of segments, none included (`a/**` matches `a`)
//   ?        one character but '/'
//   [a-z]    a character class; [^a] negates it ([!a] is '!' or 'a', as picomatch reads it)
//   {a,b}    alternatives, nested ones too
//   \x       the character x itself
//
// Brace expansion stops at 1,024 alternatives or 64 KiB of them, 32 braces deep, and in
// patterns longer than 4,096 characters (their braces match themselves): no real pattern comes
// near. Ranges ({1..3}) and POSIX classes ([[:alpha:]]) are not supported. A leading "./"
// is dropped, and `**.js` means `**/*.js` (micromatch's shortcut). Extended
// globs (`+(a|b)`) are not supported: their characters match themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace slsc {

class Glob {
 public:
  explicit Glob(std::string_view pattern);
  bool matches(std::string_view path) const;

 private:
  using Segments = std::vector<std::string>;
  static bool matchSegments(const Segments& glob, std::size_t g,
                            const std::vector<std::string_view>& path, std::size_t p,
                            std::vector<char>& failed);
  std::vector<Segments> alternatives_;  // one per brace expansion
  // `folder/**` without wildcards in `folder` (how dev dependencies are excluded): a prefix test.
  std::string folderPrefix_;
};

}  // namespace slsc
