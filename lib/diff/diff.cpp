// diff: the public entry points. Each side is a compiled template (JSON) or a service file,
// compiled with the caller's options.
#include <rapidjson/document.h>

#include "source/json_input.h"
#include "diff/changes.h"
#include "slsc/diff.h"

namespace slsc {
namespace {

struct SideText {
  bool ok = false;
  std::string json;
};

bool looksLikeTemplate(const std::string& text) {
  rapidjson::Document document;
  return parseBoundedJson(document, text) && document.IsObject() &&
         (document.HasMember("Resources") || document.HasMember("AWSTemplateFormatVersion"));
}

SideText readSide(const std::string& path, const Options& options, DiffResult& result) {
  std::shared_ptr<const FileReader> reader = options.reader;
  if (!reader) reader = std::make_shared<DiskFileReader>();
  std::optional<std::string> text = reader->read(path);
  if (!text) {
    Diagnostic d;
    d.code = "file-unreadable";
    d.message = "cannot read '" + path + "'";
    d.file = path;
    result.diagnostics.push_back(std::move(d));
    return {};
  }
  if (looksLikeTemplate(*text)) return {true, *text};
  Result compiled = compileString(*text, path, options);
  // Errors and warnings concern the diff's reader; notes say what a compile did, and stay with
  // `sls-compile` (a diff of two services would repeat each of them twice).
  for (auto& d : compiled.diagnostics)
    if (d.severity != Severity::Note) result.diagnostics.push_back(std::move(d));
  return {compiled.ok, std::move(compiled.templateJson)};
}

DiffResult render(const std::string& oldJson, const std::string& newJson,
                  const std::string& oldName, const std::string& newName,
                  const DiffOptions& diffOptions) {
  DiffResult result;
  rapidjson::Document a;
  rapidjson::Document b;
  bool readable = parseBoundedJson(a, oldJson) && parseBoundedJson(b, newJson);
  if (!readable || !a.IsObject() || !b.IsObject()) {
    Diagnostic d;
    d.code = "diff-not-a-template";
    d.message = "a side of the diff is not a CloudFormation template";
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  diff::Changes changes = diff::compare(a, b);
  result.ok = true;
  result.different = !changes.empty();
  switch (diffOptions.format) {
    case DiffFormat::Text:
      result.report = diff::renderText(changes, oldName, newName, diffOptions.color);
      break;
    case DiffFormat::Json: result.report = diff::renderJson(changes); break;
    case DiffFormat::Markdown: result.report = diff::renderMarkdown(changes, oldName, newName); break;
  }
  return result;
}

DiffResult internalError(const std::exception& e) {
  DiffResult result;
  Diagnostic d;
  d.code = "internal-error";
  d.message = std::string("internal error: ") + e.what();
  result.diagnostics.push_back(std::move(d));
  return result;
}

}  // namespace

DiffResult diffTemplates(const std::string& oldJson, const std::string& newJson,
                         const DiffOptions& diffOptions) {
  try {
    return render(oldJson, newJson, "old", "new", diffOptions);
  } catch (const std::exception& e) {
    return internalError(e);
  }
}

DiffResult diffFiles(const std::string& oldPath, const std::string& newPath,
                     const Options& options, const DiffOptions& diffOptions) {
  DiffResult result;
  try {
    SideText oldSide = readSide(oldPath, options, result);
    SideText newSide = readSide(newPath, options, result);
    if (!oldSide.ok || !newSide.ok) return result;
    DiffResult rendered = render(oldSide.json, newSide.json, oldPath, newPath, diffOptions);
    for (auto& d : result.diagnostics) rendered.diagnostics.insert(rendered.diagnostics.begin(), d);
    return rendered;
  } catch (const std::exception& e) {
    return internalError(e);
  }
}

}  // namespace slsc
