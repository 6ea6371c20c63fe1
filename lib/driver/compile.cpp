// The public entry points: load → resolve → validate → model → compile → check → emit, stopping
// after the first stage that reports an error. Nothing escapes as an exception.
#include <fmt/format.h>

#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <filesystem>
#include <future>
#include <system_error>

#include "check/check.h"
#include "compile/pipeline.h"
#include "driver/compilation.h"
#include "driver/print.h"
#include "emit/emit.h"
#include "model/build.h"
#include "model/dates.h"
#include "model/normalize.h"
#include "package/artifacts.h"
#include "schema/validate.h"
#include "slsc/compile.h"
#include "source/loader.h"
#include "vars/dotenv.h"
#include "vars/resolve.h"
#include "vars/stage.h"

namespace slsc {
namespace {

std::optional<std::string> environmentVariable(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (!value) return std::nullopt;
  return std::string(value);
}

// Hands the pages of the freed trees back to the system, so that the output's text, being
// written, does not add its pages to theirs at the process's peak (glibc keeps freed memory
// below the top of its heap otherwise: at 10,000 functions, about 40 MB of the peak RSS).
void releaseFreedPages() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

std::string folderOf(const std::string& name) {
  std::filesystem::path parent = std::filesystem::path(name).parent_path();
  return parent.empty() ? "." : parent.string();
}

class Compilation {
 public:
  Compilation(const Options& options, const std::string& name, ArtifactStage artifacts)
      : options_(options), name_(name), reader_(options.reader), artifacts_(std::move(artifacts)) {
    if (!reader_) reader_ = std::make_shared<DiskFileReader>();
    if (!artifacts_)
      artifacts_ = [this](const Service& service, Diagnostics& diagnostics) {
        return std::optional<Artifacts>(packageArtifacts(service, *reader_, diagnostics));
      };
  }

  // `sls-compile print`: the resolved tree, or the value at print.path.
  PrintResult print(const std::string& text, const PrintOptions& print) {
    PrintResult result;
    try {
      if (std::optional<Node> resolved = resolve(text)) {
        const Node* value = print.path.empty() ? &*resolved : nodeAtPath(*resolved, print.path);
        if (value)
          result.text = printNode(*value, print.format);
        else
          diagnostics_.error(resolved->location(), "print-path-missing",
                             fmt::format("the service has no value at '{}'", print.path));
      }
      if (options_.strict) diagnostics_.promoteWarnings();
      result.ok = !diagnostics_.hasErrors() && !result.text.empty();
    } catch (const std::exception& e) {
      diagnostics_.error(Location{}, "internal-error",
                         std::string("internal compiler error: ") + e.what());
    }
    if (!result.ok) result.text.clear();
    result.diagnostics = take();
    return result;
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
    result.diagnostics = take();
    return result;
  }

 private:
  std::optional<std::string> stages(const std::string& text) {
    if (!options_.today.empty() && !isIsoDate(options_.today)) {
      diagnostics_.error(Location{}, "option-invalid",
                         "the day to judge deprecations at is no date YYYY-MM-DD: '" +
                             options_.today + "'");
      return std::nullopt;
    }
    std::optional<Node> resolved = resolve(text);
    if (!resolved) return std::nullopt;
    normalizeServiceForms(*resolved);
    validateSchema(*resolved, diagnostics_);
    if (diagnostics_.hasErrors()) return std::nullopt;
    std::optional<Service> service = buildModel(*resolved, modelContext(*resolved), diagnostics_);
    if (!service) return std::nullopt;
    Location serviceAt = service->at;
    std::optional<Artifacts> artifacts = artifacts_(*service, diagnostics_);
    if (!artifacts || diagnostics_.hasErrors()) return std::nullopt;
    Template out(diagnostics_);
    compileService(*service, *artifacts, out);
    if (diagnostics_.hasErrors()) return std::nullopt;
    std::string json = checkBesideEmit(service, resolved, out);
    if (diagnostics_.hasErrors()) return std::nullopt;
    checkTemplateSize(json.size(), serviceAt, diagnostics_);
    return json;
  }

  // The check reads the template, the model and the tree, and writes diagnostics; writing the
  // template's text reads the template alone. So the check runs on a second thread while the
  // text is written, and frees the model and the tree when it is done (their pages handed back
  // as the text's are first touched). The text is dropped when the check finds an error. Where
  // no thread can be started, the check runs first, on this one.
  std::string checkBesideEmit(std::optional<Service>& service, std::optional<Node>& resolved,
                              const Template& out) {
    auto check = [&] {
      checkTemplate(*service, out, &*resolved, diagnostics_);
      service.reset();
      resolved.reset();
      releaseFreedPages();
    };
    std::future<void> checked;
    try {
      checked = std::async(std::launch::async, check);
    } catch (const std::system_error&) {
      check();
      if (diagnostics_.hasErrors()) return {};
    }
    std::string json = emitTemplate(out);
    if (checked.valid()) checked.get();  // rethrows what the check threw
    return json;
  }

  std::vector<Diagnostic> take() {
    std::vector<Diagnostic> out = diagnostics_.take();
    for (auto& d : out)
      if (d.file.empty()) d.file = name_;
    return out;
  }

  // The tree as loaded, with `service: {name}` read and every variable resolved; nothing when
  // an error was reported.
  std::optional<Node> resolve(const std::string& text) {
    if (isScript(name_)) return std::nullopt;
    const SourceFile& file = sources_.add(name_, text);
    std::optional<Node> root = loadYaml(file, diagnostics_);
    if (!root) return std::nullopt;
    normalizeServiceObject(*root, diagnostics_);
    loadDotenvWhenAsked(*root);
    std::optional<Node> resolved =
        resolveVariables(std::move(*root), resolveContext(), diagnostics_);
    if (!resolved || diagnostics_.hasErrors()) return std::nullopt;
    return resolved;
  }

  // A serverless.js or serverless.ts: JavaScript that builds the configuration, which only
  // Node can run. The error says how to turn it into JSON.
  bool isScript(const std::string& name) {
    std::string extension = std::filesystem::path(name).extension().string();
    bool typescript = extension == ".ts" || extension == ".mts" || extension == ".cts";
    if (!typescript && extension != ".js" && extension != ".cjs" && extension != ".mjs")
      return false;
    std::string base = std::filesystem::path(name).filename().string();
    std::string command =
        typescript
            ? "npx tsx -e \"import('./" + base +
                  "').then(async (m) => console.log(JSON.stringify(await (m.default ?? m), null, "
                  "2)))\" > serverless.json"
            : "node -e \"Promise.resolve(require('./" + base +
                  "')).then((c) => console.log(JSON.stringify(c, null, 2)))\" > serverless.json";
    diagnostics_.error(Location{}, "config-script",
                       fmt::format("'{}' is {} that builds the configuration, which sls-compile "
                                   "does not run; write the configuration it builds as JSON, in "
                                   "the service's folder: {}; then compile serverless.json",
                                   base, typescript ? "TypeScript" : "JavaScript", command));
    return true;
  }

  // provider.stage's text in `root`, when it is a scalar without variables.
  static std::optional<std::string_view> writtenStage(const Node& root) {
    const Node* provider = root.isMap() ? root.get("provider") : nullptr;
    const Node* written = provider && provider->isMap() ? provider->get("stage") : nullptr;
    if (!written || !written->isScalar() || written->text().find("${") != std::string::npos)
      return std::nullopt;
    return written->text();
  }

  // The model's settings from the options, with the stage chosen from the resolved tree by the
  // rule ${sls:stage} follows.
  ModelContext modelContext(const Node& resolved) const {
    ModelContext context;
    context.file = name_;
    context.serviceDir = folderOf(name_);
    context.stage = chooseStage(options_.stage, writtenStage(resolved));
    context.region = options_.region;
    context.compat = options_.compat;
    context.today = options_.today.empty() ? todayUtc() : options_.today;
    return context;
  }

  // useDotenv: true reads .env.<stage> or .env before variables are resolved, so provider.stage
  // counts only as written (without variables), as the reference chooses it.
  void loadDotenvWhenAsked(const Node& root) {
    const Node* use = root.isMap() ? root.get("useDotenv") : nullptr;
    if (!use || use->asBool() != std::optional<bool>(true)) return;
    std::string stage = chooseStage(options_.stage, writtenStage(root));
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
  ArtifactStage artifacts_;
  SourceSet sources_;
  Diagnostics diagnostics_;
  std::map<std::string, std::string> dotenv_;  // useDotenv's variables
};

}  // namespace

PrintResult printString(const std::string& text, const std::string& name, const Options& options,
                        const PrintOptions& print) {
  return Compilation(options, name, nullptr).print(text, print);
}

Result compileString(const std::string& text, const std::string& name, const Options& options) {
  return Compilation(options, name, nullptr).run(text);
}

Result compileWithArtifacts(const std::string& text, const std::string& name,
                            const Options& options, const ArtifactStage& artifacts) {
  return Compilation(options, name, artifacts).run(text);
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
