// The reference's rewrites before validation.
#include "model/normalize.h"

namespace slsc {

void normalizeServiceForms(Node& root) {
  if (!root.isMap()) return;
  for (auto& e : root.entries()) {
    if (e.key != "provider" || !e.value.isScalar()) continue;
    Node provider = Node::map(e.value.location());
    provider.set("name", e.value.location(), e.value);
    e.value = std::move(provider);
  }
}

void normalizeServiceObject(Node& root, Diagnostics& diagnostics) {
  if (!root.isMap()) return;
  for (auto& e : root.entries()) {
    if (e.key != "service" || !e.value.isMap()) continue;
    const Node* name = e.value.get("name");
    if (!name || !name->isScalar()) return;
    Location at = e.keyAt;
    at.length = static_cast<int>(e.key.size());
    diagnostics.warning(at, "service-object-form",
                        "'service: {name: …}' is the form of the Serverless Framework v1 and v2, "
                        "which v3 refuses; compiled as 'service: " + name->text() + "'");
    Node value = *name;
    e.value = std::move(value);
    return;
  }
}

}  // namespace slsc
