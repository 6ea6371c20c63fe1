// model: what older services and their plugins write, which the Serverless Framework v3 refuses
// or would not compile as meant: said, and compiled as the service means it.
#include <fmt/format.h>

#include "model/builders.h"
#include "model/semver.h"

namespace slsc {
namespace {

constexpr Version kReference{3, 38, 0};
constexpr std::string_view kPseudoPlugin = "serverless-pseudo-parameters";

// The first scalar of `node` holding the plugin's `#{…}`, in document order.
const Node* firstPseudoParameter(const Node& node) {
  if (node.isScalar()) {
    const std::string& text = node.text();
    auto open = text.find("#{");
    return open != std::string::npos && text.find('}', open) != std::string::npos ? &node
                                                                                  : nullptr;
  }
  if (node.isSeq()) {
    for (const auto& item : node.items())
      if (const Node* found = firstPseudoParameter(item)) return found;
  } else if (node.isMap()) {
    for (const auto& e : node.entries())
      if (const Node* found = firstPseudoParameter(e.value)) return found;
  }
  return nullptr;
}

bool listsPlugin(const Node& root, std::string_view name) {
  const Node* list = root.get("plugins");
  if (list && list->isMap()) list = list->get("modules");
  if (!list || !list->isSeq()) return false;
  for (const auto& item : list->items())
    if (item.isScalar() && item.text() == name) return true;
  return false;
}

}  // namespace

void readLegacyForms(const Node& root, Service& service, Diagnostics& diagnostics) {
  if (const MapEntry* e = root.entry("frameworkVersion"); e && e->value.isScalar()) {
    const std::string& range = e->value.text();
    std::optional<bool> ok = satisfies(kReference, range);
    if (!ok || !*ok)
      diagnostics.warning(valueLocation(e->value), "framework-version",
                          fmt::format("frameworkVersion '{}' {} v3.38, so the Serverless "
                                      "Framework v3 refuses this service; sls-compile compiles "
                                      "it as v3.38 does",
                                      range, ok ? "does not admit" : "is no version range, nor"));
  }
  for (const char* key : {"org", "app"}) {
    const MapEntry* e = root.entry(key);
    if (!e || e->value.isNull()) continue;
    diagnostics.note(keyLocation(*e), "dashboard-ignored",
                     fmt::format("'{}' (the Serverless Dashboard, for which v3 asks for a login) is "
                                 "ignored: it changes nothing in the template",
                                 key));
  }
  const Node* pseudo = firstPseudoParameter(root);
  if (!pseudo) return;
  bool listed = listsPlugin(root, kPseudoPlugin);
  service.pseudoParameters = listed || service.compat != Compat::ServerlessV3;
  Location at = valueLocation(*pseudo);
  if (service.pseudoParameters) {
    diagnostics.note(at, "pseudo-parameters",
                     fmt::format("'#{{…}}' is the syntax of the {} plugin, which is not run: every "
                                 "string holding it is compiled as the Fn::Sub the plugin writes",
                                 kPseudoPlugin));
    return;
  }
  diagnostics.warning(at, "pseudo-parameters",
                      fmt::format("'#{{…}}' is the syntax of the {} plugin, which the service does "
                                  "not list: as the reference, the template keeps it as text, "
                                  "which CloudFormation does not substitute; list the plugin, or "
                                  "write ${{AWS::…}} in a Fn::Sub",
                                  kPseudoPlugin));
}

}  // namespace slsc
