// iot, model: checks across the service: rule names AWS IoT refuses or that two rules share.
#include <fmt/format.h>

#include <cctype>
#include <map>

#include "events/iot/family.h"

namespace slsc::iot {

// AWS IoT takes rule names of letters, digits and '_' (at most 128); two rules of one name
// fail the deploy.
void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Event*> byName;
  for (const auto& e : service.events.iot.events) {
    if (!e.name) continue;
    bool valid = e.name->size() <= 128;
    for (char c : *e.name)
      valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!valid)
      diagnostics.error(e.nameAt, "iot-rule-name-invalid",
                        fmt::format("iot rule name '{}' is not accepted by AWS IoT: letters, "
                                    "digits and '_' only, at most 128",
                                    *e.name));
    auto [it, fresh] = byName.emplace(*e.name, &e);
    if (!fresh)
      diagnostics.error(e.nameAt, "iot-rule-name-duplicate",
                        fmt::format("iot rule name '{}' is given twice (line {} and here): "
                                    "the second rule fails the deploy",
                                    *e.name, it->second->nameAt.line));
  }
}

}  // namespace slsc::iot
