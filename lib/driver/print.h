// driver: writing a resolved service tree as `sls print` does.
#pragma once

#include <optional>
#include <string>

#include "slsc/print.h"
#include "source/node.h"

namespace slsc {

// The node at a dotted path (map keys; sequence indexes as numbers), or null when none is.
const Node* nodeAtPath(const Node& root, const std::string& path);
// YAML (block style, strings quoted where plain text would read as another type) or JSON (as
// templates are written), with a final newline.
std::string printNode(const Node& node, PrintFormat format);

}  // namespace slsc
