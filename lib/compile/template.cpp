// The append-only template builder.
#include "compile/template.h"

#include <fmt/format.h>

namespace slsc {

bool TemplateSection::add(std::string id, Json value, Location origin) {
  auto [it, fresh] = index_.emplace(id, entries_.size());
  if (!fresh) return false;
  entries_.push_back(TemplateEntry{std::move(id), std::move(value), std::move(origin)});
  return true;
}

TemplateEntry* TemplateSection::find(std::string_view id) {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

const TemplateEntry* TemplateSection::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

Template::Template(Diagnostics& diagnostics)
    : json_(scratch_), diagnostics_(diagnostics) {}

void Template::addResource(std::string id, Json resource, const Location& origin) {
  std::string copy = id;
  if (resources_.add(std::move(id), Json(resource, allocator()), origin)) return;
  const TemplateEntry* first = resources_.find(copy);
  diagnostics_.error(origin, "logical-id-duplicate",
                     fmt::format("the logical id '{}' is produced twice{}", copy,
                                 first && first->origin.line > 0
                                     ? fmt::format(" (first by line {})", first->origin.line)
                                     : ""));
}

void Template::addOutput(std::string id, Json output, const Location& origin) {
  std::string copy = id;
  if (outputs_.add(std::move(id), Json(output, allocator()), origin)) return;
  diagnostics_.error(origin, "output-duplicate",
                     fmt::format("the output '{}' is produced twice", copy));
}

}  // namespace slsc
