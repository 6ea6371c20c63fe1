// model: checks across the whole service that catch, at compile time, what the reference lets
// fail at deploy time or drops without a word.
#include <fmt/format.h>

#include <map>

#include "events/registry.h"
#include "model/builders.h"
#include "naming/naming.h"

namespace slsc {
namespace {

void checkFunctionIds(const Service& service, Diagnostics& diagnostics) {
  std::map<std::string, const Function*> byId;
  for (const auto& fn : service.functions) {
    std::string id = naming::lambdaFunction(fn.key);
    if (!naming::isValidLogicalId(id)) {
      diagnostics.error(fn.at, "function-name-invalid",
                        fmt::format("function name '{}' makes an invalid logical id '{}' (only "
                                    "letters, digits, - and _ are allowed)",
                                    fn.key, id));
      continue;
    }
    if (auto [it, fresh] = byId.emplace(id, &fn); !fresh) {
      diagnostics.error(fn.at, "function-id-collision",
                        fmt::format("functions '{}' (line {}) and '{}' both make the logical id "
                                    "'{}'",
                                    it->second->key, it->second->at.line, fn.key, id));
    }
  }
}

void checkFunctionSettings(const Service& service, Diagnostics& diagnostics) {
  for (const auto& fn : service.functions) {
    if (fn.provisionedConcurrency && fn.snapStart) {
      diagnostics.error(fn.at, "function-snapstart-concurrency",
                        fmt::format("function '{}' sets both snapStart and provisionedConcurrency; "
                                    "Lambda allows one of them",
                                    fn.key));
    }
  }
}

}  // namespace

void checkService(const Service& service, Diagnostics& diagnostics) {
  checkFunctionIds(service, diagnostics);
  checkFunctionSettings(service, diagnostics);
  checkEvents(service, diagnostics);
}

}  // namespace slsc
