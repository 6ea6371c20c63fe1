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

}  // namespace slsc
