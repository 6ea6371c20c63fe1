// The stage rule.
#include "vars/stage.h"

namespace slsc {

bool isStageSet(std::string_view written) {
  return !written.empty() && written != "false" && written != "0";
}

std::string chooseStage(std::string_view option, std::optional<std::string_view> written) {
  if (!option.empty()) return std::string(option);
  if (written && isStageSet(*written)) return std::string(*written);
  return "dev";
}

}  // namespace slsc
