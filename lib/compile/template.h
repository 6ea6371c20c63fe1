// The template being built: ordered Resources and Outputs, each id added once and remembered
// with the place in the service that produced it.
#pragma once

#include <deque>
#include <memory>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "compile/json.h"
#include "source/diagnostics.h"

namespace slsc {

struct TemplateEntry {
  std::string id;
  Json value;
  Location origin;  // what in the service file produced it
};

// An ordered section (Resources, Outputs) with constant-time lookup by id.
class TemplateSection {
 public:
  TemplateSection() = default;
  // The index refers to the entries' own ids.
  TemplateSection(const TemplateSection&) = delete;
  TemplateSection& operator=(const TemplateSection&) = delete;
  // Adds `id`; when it is already there, adds nothing and returns the entry that has it.
  const TemplateEntry* add(std::string id, Json value, Location origin);
  TemplateEntry* find(std::string_view id);
  const TemplateEntry* find(std::string_view id) const;
  const std::deque<TemplateEntry>& entries() const { return entries_; }
  // Values may be changed in place; ids may not (the index refers to them).
  std::deque<TemplateEntry>& entries() { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  // A deque never moves an entry it holds, so the index's keys are views of the entries' ids.
  std::deque<TemplateEntry> entries_;
  std::unordered_map<std::string_view, std::size_t> index_;
};

// Values are built in a scratch allocator (json()) and copied into the template's own when they
// are added: the copy gives every object and array its exact size (RapidJSON grows them in
// steps, from room for 16), and the scratch memory, with whatever a unit built and dropped, is
// released between compile units.
class Template {
 public:
  explicit Template(Diagnostics& diagnostics);
  JsonFactory& json() { return json_; }
  // The allocator of the template's own values: for changes to added entries.
  JsonAllocator& allocator() { return document_.GetAllocator(); }
  // The bytes the template's own values take (their allocator's), for sizing its text.
  std::size_t valueBytes() const;
  // Frees what json() built; no value built by it may be used afterwards.
  void releaseScratch() { scratch_.Clear(); }
  Diagnostics& diagnostics() { return diagnostics_; }

  // Appends a resource; adding an id twice is a compile error, never a merge.
  void addResource(std::string id, Json resource, const Location& origin);
  void addOutput(std::string id, Json output, const Location& origin);

  TemplateSection& resources() { return resources_; }
  const TemplateSection& resources() const { return resources_; }
  TemplateSection& outputs() { return outputs_; }
  const TemplateSection& outputs() const { return outputs_; }
  // Description, Conditions, Mappings, Parameters, Metadata... as the user wrote them.
  Json& extraSections() { return extra_; }
  const Json& extraSections() const { return extra_; }
  std::string description = "The AWS CloudFormation template for this Serverless application";

 private:
  rapidjson::Document document_;  // owns the allocator of every added value
  JsonAllocator scratch_;
  JsonFactory json_;
  Diagnostics& diagnostics_;
  TemplateSection resources_;
  TemplateSection outputs_;
  Json extra_{rapidjson::kObjectType};
};

}  // namespace slsc
