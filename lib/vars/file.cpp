// ${file(path)} and ${file(path):a.b}: a YAML or JSON file (.yml, .yaml, .json, .tfstate) as a
// value, any other file as text. Paths are relative to the service's folder and may not leave
// it, through `..` or a symbolic link. JavaScript files are an error: they would have to run.
// A missing file is missing (the next fallback is tried). The file's own variables are
// resolved where its values land, `self:` meaning the service file.
#include <fmt/format.h>

#include <deque>
#include <filesystem>

#include "source/loader.h"
#include "vars/engine.h"

namespace slsc::vars {
namespace {
namespace fs = std::filesystem;

fs::path folderOf(const std::string& serviceDir) {
  fs::path folder = fs::path(serviceDir.empty() ? "." : serviceDir).lexically_normal();
  if (!folder.has_filename() && folder.has_relative_path()) folder = folder.parent_path();
  return folder;
}

bool isInside(const fs::path& path, const fs::path& folder) {
  fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

bool isStructured(const std::string& extension) {
  return extension == ".yml" || extension == ".yaml" || extension == ".json" ||
         extension == ".tfstate";
}

// The file's content, loaded once per compile; nothing after its problems were reported.
const Node* load(Resolver& resolver, const SourceCall& call, const std::string& canonical,
                 const fs::path& relative, const std::string& extension) {
  auto& files = resolver.files();
  if (auto known = files.find(canonical); known != files.end())
    return known->second ? &*known->second : nullptr;
  const ResolveContext& context = resolver.context();
  std::optional<std::string> text = context.reader->read(canonical);
  if (!text) {
    resolver.error(call.at, "var-file-missing",
                   fmt::format("variable '{}' cannot read '{}'", call.variable,
                               relative.string()));
    files.emplace(canonical, std::nullopt);
    return nullptr;
  }
  std::optional<Node> content;
  if (isStructured(extension)) {
    std::string name =
        (fs::path(resolver.serviceFileName()).parent_path() / relative).lexically_normal().string();
    const SourceFile& file = context.sources->add(std::move(name), std::move(*text));
    content = loadYaml(file, resolver.diagnostics());
  } else {
    content = Node::scalar(std::move(*text), true, call.site.holder);
  }
  auto& stored = files.emplace(canonical, std::move(content)).first->second;
  return stored ? &*stored : nullptr;
}

}  // namespace

Outcome resolveFile(Resolver& resolver, const SourceCall& call) {
  const ResolveContext& context = resolver.context();
  const std::optional<Node>* argument = call.params.empty() ? nullptr : &call.params[0];
  if (!argument || !*argument || (*argument)->isNull()) {
    resolver.error(call.at, "var-syntax",
                   fmt::format("variable '{}' needs a file path, as in ${{file(./config.yml)}}",
                               call.variable));
    return Outcome::failed();
  }
  std::optional<std::string> written = textOf(**argument);
  if (!written) {
    resolver.error(call.at, "var-type",
                   fmt::format("the path in variable '{}' is {}, not text", call.variable,
                               (*argument)->describe()));
    return Outcome::failed();
  }
  if (!context.reader || !context.sources) {
    resolver.error(call.at, "var-file-missing",
                   fmt::format("variable '{}' cannot read files here", call.variable));
    return Outcome::failed();
  }
  fs::path folder = folderOf(context.serviceDir);
  fs::path full = (folder / *written).lexically_normal();
  if (!isInside(full, folder)) {
    resolver.error(call.at, "var-file-escape",
                   fmt::format("variable '{}' reads '{}', outside the service's folder",
                               call.variable, *written));
    return Outcome::failed();
  }
  std::optional<std::string> canonical = context.reader->canonical(full.string());
  if (!canonical)
    return Outcome::missing(fmt::format("file '{}' does not exist", *written), "var-file-missing");
  if (!isInside(fs::path(*canonical), fs::path(resolver.canonicalServiceDir()))) {
    resolver.error(call.at, "var-file-escape",
                   fmt::format("variable '{}' reads '{}', which links outside the service's "
                               "folder",
                               call.variable, *written));
    return Outcome::failed();
  }
  std::string extension = full.extension().string();
  if (extension == ".js" || extension == ".cjs") {
    resolver.error(call.at, "var-js-file",
                   fmt::format("variable '{}' reads a JavaScript file, which sls-compile does not "
                               "run; put the values in a YAML or JSON file, or pass them with "
                               "--param NAME=VALUE and ${{param:NAME}}",
                               call.variable));
    return Outcome::failed();
  }
  const Node* content =
      load(resolver, call, *canonical, full.lexically_relative(folder), extension);
  if (!content) return Outcome::failed();
  if (!call.address || call.address->empty()) {
    if (content->isNull()) return Outcome::missing(fmt::format("file '{}' is empty", *written));
    return resolver.place(*content, call);
  }
  // Strings met on the way to the address are resolved first (they may give a map).
  std::deque<Node> resolved;
  const Node* node = content;
  std::string walked;
  for (const auto& key : splitAddress(*call.address)) {
    if (node->isString() && mayHoldVariables(node->text())) {
      Outcome value = resolver.resolveDetached(*node, call);
      if (!value.ok()) return value;
      resolved.push_back(std::move(value.value));
      node = &resolved.back();
    }
    walked += walked.empty() ? key : "." + key;
    node = childOf(*node, key);
    if (!node)
      return Outcome::missing(fmt::format("file '{}' has no value at '{}'", *written, walked));
  }
  if (node->isNull())
    return Outcome::missing(fmt::format("'{}' is null in file '{}'", walked, *written));
  return resolver.place(*node, call);
}

}  // namespace slsc::vars
