// useDotenv: true — the variables of `.env.<stage>`, or else `.env`, in the service's folder,
// parsed and expanded as the reference's dotenv 16 and dotenv-expand 10 do, for ${env:…}.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "slsc/file_reader.h"

namespace slsc::vars {

using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;

// KEY=value lines (`export`, quotes, comments, `KEY: value`) in the order written.
std::vector<std::pair<std::string, std::string>> parseDotenv(std::string_view text);

// The file's variables with ${NAME}, $NAME and ${NAME:-default} expanded; a variable the
// process environment sets keeps the process's value, as dotenv never overrides it.
std::map<std::string, std::string> expandDotenv(
    const std::vector<std::pair<std::string, std::string>>& parsed, const EnvLookup& process);

// Reads `.env.<stage>` from `serviceDir`, else `.env`; nothing when neither exists.
std::map<std::string, std::string> loadDotenv(const FileReader& reader,
                                              const std::string& serviceDir,
                                              const std::string& stage,
                                              const EnvLookup& process);

}  // namespace slsc::vars
