// resources: the user's `resources:` (a map, or a list of fragments merged in order) merged
// into the generated template, then `extensions`, then null properties removed.
#include <fmt/format.h>

#include "compile/units.h"
#include "source/suggest.h"

namespace slsc {
namespace {

// lodash's merge: objects merge key by key, arrays index by index, anything else replaces.
void deepMerge(Json& target, const Json& source, JsonAllocator& allocator) {
  if (target.IsObject() && source.IsObject()) {
    for (auto it = source.MemberBegin(); it != source.MemberEnd(); ++it) {
      std::string_view key(it->name.GetString(), it->name.GetStringLength());
      if (Json* existing = member(target, key))
        deepMerge(*existing, it->value, allocator);
      else
        target.AddMember(Json(it->name, allocator), Json(it->value, allocator), allocator);
    }
    return;
  }
  if (target.IsArray() && source.IsArray()) {
    for (rapidjson::SizeType i = 0; i < source.Size(); ++i) {
      if (i < target.Size())
        deepMerge(target[i], source[i], allocator);
      else
        target.PushBack(Json(source[i], allocator), allocator);
    }
    return;
  }
  target.CopyFrom(source, allocator);
}

void mergeSection(CompileContext& context, const Node& section, TemplateSection& into,
                  bool resources) {
  if (!section.isMap()) return;
  JsonFactory& json = context.json();
  for (const auto& e : section.entries()) {
    Json value = json.fromNode(e.value);
    if (TemplateEntry* existing = into.find(e.key)) {
      deepMerge(existing->value, value, context.out.allocator());
      continue;
    }
    if (resources)
      context.out.addResource(e.key, std::move(value), e.keyAt);
    else
      context.out.addOutput(e.key, std::move(value), e.keyAt);
  }
}

void mergeFragment(CompileContext& context, const Node& fragment,
                   std::vector<const MapEntry*>& extensions) {
  if (!fragment.isMap()) {
    context.out.diagnostics().error(fragment.location(), "resources-not-a-map",
                                    "'resources' must be a map of template sections");
    return;
  }
  JsonFactory& json = context.json();
  for (const auto& e : fragment.entries()) {
    if (e.key == "Resources") {
      mergeSection(context, e.value, context.out.resources(), true);
    } else if (e.key == "Outputs") {
      mergeSection(context, e.value, context.out.outputs(), false);
    } else if (e.key == "extensions") {
      if (e.value.isMap())
        for (const auto& x : e.value.entries()) extensions.push_back(&x);
    } else if (e.key == "Description") {
      if (e.value.isScalar()) context.out.description = e.value.text();
    } else if (e.key != "AWSTemplateFormatVersion") {
      Json& extra = context.out.extraSections();
      Json value = json.fromNode(e.value);
      if (e.key == "Transform" && value.IsString()) {  // the reference's schema makes it a list
        Json list(rapidjson::kArrayType);
        list.PushBack(value, json.allocator());
        value = std::move(list);
      }
      if (Json* existing = member(extra, e.key))
        deepMerge(*existing, value, context.out.allocator());
      else
        setMember(extra, e.key, Json(value, context.out.allocator()), context.out.allocator());
    }
  }
}

void appendDependsOn(Json& resource, const Json& more, JsonAllocator& allocator) {
  Json* current = member(resource, "DependsOn");
  if (!current) {
    resource.AddMember("DependsOn", Json(rapidjson::kArrayType), allocator);
    current = member(resource, "DependsOn");
  } else if (current->IsString()) {
    Json single(*current, allocator);
    current->SetArray();
    current->PushBack(single, allocator);
  } else if (!current->IsArray()) {
    current->SetArray();  // a DependsOn that is no id nor list of ids: the extension's replace it
  }
  if (more.IsArray()) {
    for (const auto& item : more.GetArray()) current->PushBack(Json(item, allocator), allocator);
  } else {
    current->PushBack(Json(more, allocator), allocator);
  }
}

void assignMembers(Json& resource, std::string_view key, const Json& value,
                   JsonAllocator& allocator) {
  Json* target = member(resource, key);
  if (!target || !target->IsObject()) {
    setMember(resource, key, Json(rapidjson::kObjectType), allocator);
    target = member(resource, key);
  }
  if (!value.IsObject()) return;
  for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
    setMember(*target, std::string_view(it->name.GetString(), it->name.GetStringLength()),
              Json(it->value, allocator), allocator);
}

void applyExtension(CompileContext& context, const MapEntry& extension) {
  Diagnostics& diagnostics = context.out.diagnostics();
  TemplateEntry* resource = context.out.resources().find(extension.key);
  if (!resource) {
    std::vector<std::string> ids;
    for (const auto& entry : context.out.resources().entries()) ids.push_back(entry.id);
    std::string nearest = closestName(extension.key, ids);
    diagnostics.error(extension.keyAt, "extension-unknown-resource",
                      fmt::format("extensions: '{}' is not a resource of the generated template{}",
                                  extension.key,
                                  nearest.empty() ? "" : fmt::format("; did you mean '{}'?", nearest)));
    return;
  }
  if (!extension.value.isMap()) return;
  JsonAllocator& allocator = context.out.allocator();
  for (const auto& attribute : extension.value.entries()) {
    Json value = context.json().fromNode(attribute.value);
    const std::string& name = attribute.key;
    if (name == "Condition" || name == "CreationPolicy" || name == "DeletionPolicy" ||
        name == "UpdatePolicy" || name == "UpdateReplacePolicy") {
      setMember(resource->value, name, Json(value, allocator), allocator);  // out of scratch
    } else if (name == "Properties" || name == "Metadata") {
      assignMembers(resource->value, name, value, allocator);
    } else if (name == "DependsOn") {
      appendDependsOn(resource->value, value, allocator);
    } else {
      diagnostics.error(attribute.keyAt, "extension-attribute",
                        fmt::format("extensions: '{}' of '{}' cannot be extended; only "
                                    "Properties, DependsOn, Condition, DeletionPolicy, "
                                    "CreationPolicy, UpdatePolicy, UpdateReplacePolicy and "
                                    "Metadata can",
                                    name, extension.key));
    }
  }
}

void stripNulls(Json& value) {
  if (value.IsObject()) {
    for (auto it = value.MemberBegin(); it != value.MemberEnd();) {
      if (it->value.IsNull()) {
        it = value.EraseMember(it);
        continue;
      }
      stripNulls(it->value);
      ++it;
    }
  } else if (value.IsArray()) {
    for (auto& item : value.GetArray()) stripNulls(item);
  }
}

}  // namespace

void compileUserResources(CompileContext& context) {
  if (!context.service.resources) return;
  const Node& resources = *context.service.resources;
  std::vector<const MapEntry*> extensions;
  if (resources.isSeq()) {
    for (const auto& fragment : resources.items()) mergeFragment(context, fragment, extensions);
  } else {
    mergeFragment(context, resources, extensions);
  }
  for (const MapEntry* extension : extensions) applyExtension(context, *extension);
}

void stripNullProperties(CompileContext& context) {
  for (auto& entry : context.out.resources().entries()) {
    Json* properties = member(entry.value, "Properties");
    if (!properties) continue;
    if (properties->IsNull()) {
      entry.value.EraseMember("Properties");
      continue;
    }
    stripNulls(*properties);
  }
}

}  // namespace slsc
