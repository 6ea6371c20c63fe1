// The stage a compile is for, chosen by one rule wherever it is needed (variables, .env
// files, the model): --stage, else provider.stage unless JavaScript's `!stage` holds for it,
// else "dev", as the reference's getStage() chooses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace slsc {

// As JavaScript's `if (!stage)`: an empty, false or zero stage is no stage.
bool isStageSet(std::string_view written);

// `option` is --stage (empty when not given); `written` is provider.stage's text, when it has one.
std::string chooseStage(std::string_view option, std::optional<std::string_view> written);

}  // namespace slsc
