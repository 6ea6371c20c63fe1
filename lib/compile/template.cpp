// The append-only template builder.
#include "compile/template.h"

#include <fmt/format.h>

namespace slsc {

const TemplateEntry* TemplateSection::add(std::string id, Json value, Location origin) {
  if (const TemplateEntry* existing = find(id)) return existing;
  entries_.push_back(TemplateEntry{std::move(id), std::move(value), std::move(origin)});
  index_.emplace(entries_.back().id, entries_.size() - 1);
  return nullptr;
}

TemplateEntry* TemplateSection::find(std::string_view id) {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

const TemplateEntry* TemplateSection::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::size_t Template::valueBytes() const {
  // RapidJSON gives a document's allocator only through a non-const accessor; Size() reads.
  return const_cast<rapidjson::Document&>(document_).GetAllocator().Size();
}

Template::Template(Diagnostics& diagnostics)
    : json_(scratch_), diagnostics_(diagnostics) {}

void Template::addResource(std::string id, Json resource, const Location& origin) {
  const TemplateEntry* first = resources_.add(std::move(id), Json(resource, allocator()), origin);
  if (!first) return;
  diagnostics_.error(origin, "logical-id-duplicate",
                     fmt::format("the logical id '{}' is produced twice{}", first->id,
                                 first->origin.line > 0
                                     ? fmt::format(" (first by line {})", first->origin.line)
                                     : ""));
}

void Template::addOutput(std::string id, Json output, const Location& origin) {
  const TemplateEntry* first = outputs_.add(std::move(id), Json(output, allocator()), origin);
  if (!first) return;
  diagnostics_.error(origin, "output-duplicate",
                     fmt::format("the output '{}' is produced twice", first->id));
}

}  // namespace slsc
