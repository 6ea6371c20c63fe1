#include "check/locate.h"

namespace slsc {
namespace {

bool subNames(std::string_view text, std::string_view name) {
  for (std::size_t at = text.find("${"); at != std::string_view::npos;
       at = text.find("${", at + 2)) {
    std::string_view rest = text.substr(at + 2);
    if (rest.substr(0, name.size()) != name || rest.size() == name.size()) continue;
    char next = rest[name.size()];
    if (next == '}' || next == '.') return true;
  }
  return false;
}

bool getAttNames(std::string_view text, std::string_view name) {
  return text.substr(0, name.size()) == name &&
         (text.size() == name.size() || text[name.size()] == '.');
}

// The node of `fn`'s argument that names `name`, for one intrinsic function or DependsOn.
const Node* referenceIn(std::string_view fn, const Node& arg, std::string_view name) {
  const Node* first = arg.isSeq() && !arg.items().empty() ? &arg.items().front() : nullptr;
  if (fn == "Ref") return arg.isScalar() && arg.text() == name ? &arg : nullptr;
  if (fn == "Fn::GetAtt") {
    if (arg.isScalar() && getAttNames(arg.text(), name)) return &arg;
    return first && first->isScalar() && first->text() == name ? first : nullptr;
  }
  if (fn == "Fn::Sub") {
    const Node* text = first ? first : &arg;
    return text->isScalar() && subNames(text->text(), name) ? text : nullptr;
  }
  if (fn == "DependsOn") {
    if (arg.isScalar()) return arg.text() == name ? &arg : nullptr;
    for (const auto& item : arg.items())
      if (item.isScalar() && item.text() == name) return &item;
  }
  return nullptr;
}

const Node* find(const Node& node, std::string_view name) {
  for (const auto& e : node.entries()) {
    if (const Node* hit = referenceIn(e.key, e.value, name)) return hit;
    if (const Node* hit = find(e.value, name)) return hit;
  }
  for (const auto& item : node.items())
    if (const Node* hit = find(item, name)) return hit;
  return nullptr;
}

// Each map fragment of `resources:` (itself, or the items of its list), in document order.
template <typename Visit>
void forEachFragment(const Node& root, Visit visit) {
  const Node* resources = root.get("resources");
  if (!resources) return;
  if (resources->isMap()) visit(*resources);
  for (const auto& fragment : resources->items())
    if (fragment.isMap()) visit(fragment);
}

}  // namespace

std::optional<Location> locateReference(const Node& root, std::string_view name) {
  const Node* hit = find(root, name);
  if (!hit) return std::nullopt;
  return hit->location();
}

std::vector<const Node*> resourceSections(const Node& root, std::string_view section) {
  std::vector<const Node*> sections;
  forEachFragment(root, [&](const Node& fragment) {
    const Node* entries = fragment.get(section);
    if (entries && entries->isMap()) sections.push_back(entries);
  });
  return sections;
}

const Node* findResourceAttribute(const Node& root, std::string_view id,
                                  std::string_view attribute) {
  const Node* found = nullptr;
  forEachFragment(root, [&](const Node& fragment) {
    for (std::string_view section : {"Resources", "extensions"}) {
      const Node* entries = fragment.get(section);
      const Node* resource = entries && entries->isMap() ? entries->get(id) : nullptr;
      const Node* value = resource && resource->isMap() ? resource->get(attribute) : nullptr;
      if (value) found = value;
    }
  });
  return found;
}

}  // namespace slsc
