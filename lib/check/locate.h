// Where the user wrote a reference: the template knows which resource holds a reference, the
// service file knows the line. Used to point a reference diagnostic at the user's text.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "source/node.h"

namespace slsc {

// The first place, in document order, where `root` refers to `name` through Ref, Fn::GetAtt,
// Fn::Sub or DependsOn; nothing when the reference was not written by the user.
std::optional<Location> locateReference(const Node& root, std::string_view name);

// The maps that `resources:` (a map or a list of fragments) holds under `section` (Resources,
// Conditions, Outputs, extensions), in document order.
std::vector<const Node*> resourceSections(const Node& root, std::string_view section);

// What `resources:` (a map or a list of fragments) sets as `attribute` of resource `id`, under
// Resources or extensions; the last fragment that sets it wins, as in the merge.
const Node* findResourceAttribute(const Node& root, std::string_view id,
                                  std::string_view attribute);

}  // namespace slsc
