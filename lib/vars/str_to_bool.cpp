// ${strToBool(VALUE)}: "true" or "1" is true, "false" or "0" is false (any case, spaces
// trimmed); anything else is an error.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "vars/engine.h"

namespace slsc::vars {

Outcome resolveStrToBool(Resolver& resolver, const SourceCall& call) {
  const std::optional<Node>* input = call.params.empty() ? nullptr : &call.params[0];
  if (!input || !*input || (*input)->isNull()) {
    resolver.error(call.at, "var-type",
                   fmt::format("variable '{}' needs a value: true, false, 0 or 1", call.variable));
    return Outcome::failed();
  }
  std::optional<std::string> text = textOf(**input);
  if (!text) {
    resolver.error(call.at, "var-type",
                   fmt::format("variable '{}' gets {}, not true, false, 0 or 1", call.variable,
                               (*input)->describe()));
    return Outcome::failed();
  }
  std::string word = *text;
  auto notSpace = [](unsigned char c) { return !std::isspace(c); };
  word.erase(word.begin(), std::find_if(word.begin(), word.end(), notSpace));
  word.erase(std::find_if(word.rbegin(), word.rend(), notSpace).base(), word.end());
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (word == "true" || word == "1" || word == "false" || word == "0") {
    bool value = word == "true" || word == "1";
    return Outcome::of(Node::scalar(value ? "true" : "false", false, call.site.holder));
  }
  resolver.error(call.at, "var-type",
                 fmt::format("variable '{}' gets '{}', not true, false, 0 or 1", call.variable,
                             shown(*text)));
  return Outcome::failed();
}

}  // namespace slsc::vars
