// The public entry points: load → resolve → validate → model → compile → check → emit, stopping
// after the first stage that reports an error. Nothing escapes as an exception.
#include <cstdlib>
#include <filesystem>

#include "check/check.h"
#include "compile/pipeline.h"
#include "emit/emit.h"
#include "model/build.h"
#include "schema/validate.h"
#include "slsc/compile.h"
#include "source/loader.h"
#include "vars/dotenv.h"
#include "vars/resolve.h"

namespace slsc {
namespace {

std::optional<std::string> environmentVariable(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (!value) return std::nullopt;
  return std::string(value);
}

std::string folderOf(const std::string& name) {
  std::filesystem::path parent = std::filesystem::path(name).parent_path();
  return parent.empty() ? "." : parent.string();
}

class Compilation {
 public:
  Compilation(const Options& options, const std::string& name)
      : options_(options), name_(name), reader_(options.reader) {
    if (!reader_) reader_ = std::make_shared<DiskFileReader>();
  }

  Result run(const std::string& text) {
    Result result;
    try {
      std::optional<std::string> json = stages(text);
      if (options_.strict) diagnostics_.promoteWarnings();
      if (json && !diagnostics_.hasErrors()) {
        result.ok = true;
        result.templateJson = std::move(*json);
      }
    } catch (const std::exception& e) {
      diagnostics_.error(Location{}, "internal-error",
                         std::string("internal compiler error: ") + e.what());
    }
    result.diagnostics = diagnostics_.take();
    if (!result.diagnostics.empty())
      for (auto& d : result.diagnostics)
        if (d.file.empty()) d.file = name_;
    return result;
  }

 private:
  std::optional<std::string> stages(const std::string& text) {
    const SourceFile& file = sources_.add(name_, text);
    std::optional<Node> resolved;
    {
      std::optional<Node> root = loadYaml(file, diagnostics_);
      if (!root) return std::nullopt;
      loadDotenvWhenAsked(*root);
      resolved = resolveVariables(std::move(*root), resolveContext(), diagnostics_);
    }
    if (!resolved || diagnostics_.hasErrors()) return std::nullopt;
    validateSchema(*resolved, diagnostics_);
    if (diagnostics_.hasErrors()) return std::nullopt;
    ModelContext modelContext{&options_, name_, folderOf(name_)};
    std::optional<Service> service = buildModel(*resolved, modelContext, diagnostics_);
    if (!service) return std::nullopt;
    Location serviceAt = service->at;
    Template out(diagnostics_);
    compileService(*service, *reader_, out);
    if (diagnostics_.hasErrors()) return std::nullopt;
    checkTemplate(out, &*resolved, diagnostics_);
    if (diagnostics_.hasErrors()) return std::nullopt;
    service.reset();
    resolved.reset();
    std::string json = emitTemplate(out);
    checkTemplateSize(json.size(), serviceAt, diagnostics_);
    return json;
  }

  // useDotenv: true reads .env.<stage> or .env before variables are resolved; the stage is
  // --stage, else provider.stage as written, else dev, as the reference chooses it.
  void loadDotenvWhenAsked(const Node& root) {
    const Node* use = root.isMap() ? root.get("useDotenv") : nullptr;
    if (!use || use->asBool() != std::optional<bool>(true)) return;
    std::string stage = options_.stage;
    if (stage.empty()) {
      const Node* provider = root.get("provider");
      const Node* written = provider && provider->isMap() ? provider->get("stage") : nullptr;
      stage = written && written->isScalar() && written->text().find("${") == std::string::npos
                  ? written->text()
                  : "dev";
    }
    dotenv_ = vars::loadDotenv(*reader_, folderOf(name_), stage, environmentVariable);
  }

  std::optional<std::string> environment(const std::string& name) const {
    if (auto value = environmentVariable(name)) return value;
    if (auto it = dotenv_.find(name); it != dotenv_.end()) return it->second;
    return std::nullopt;
  }

  ResolveContext resolveContext() {
    ResolveContext context;
    context.stage = options_.stage;
    context.region = options_.region;
    context.opts = options_.opts;
    context.params = options_.params;
    context.env = [this](const std::string& name) { return environment(name); };
    context.reader = reader_.get();
    context.serviceDir = folderOf(name_);
    context.sources = &sources_;
    return context;
  }

  const Options& options_;
  std::string name_;
  std::shared_ptr<const FileReader> reader_;
  SourceSet sources_;
  Diagnostics diagnostics_;
  std::map<std::string, std::string> dotenv_;  // useDotenv's variables
};

}  // namespace

Result compileString(const std::string& text, const std::string& name, const Options& options) {
  return Compilation(options, name).run(text);
}

Result compileFile(const std::string& path, const Options& options) {
  std::shared_ptr<const FileReader> reader = options.reader;
  if (!reader) reader = std::make_shared<DiskFileReader>();
  std::optional<std::string> text = reader->read(path);
  if (!text) {
    Result result;
    Diagnostic d;
    d.code = "file-unreadable";
    d.message = "cannot read the service file '" + path + "'";
    d.file = path;
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  return compileString(*text, path, options);
}

const char* version() { return SLSC_VERSION; }

}  // namespace slsc
