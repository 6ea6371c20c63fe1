// sls-compile: the command line over the slsc library. Options in, compile(), diagnostics to
// stderr, the template to stdout or atomically to a file, and the exit status.
#include <fmt/format.h>
#include <openssl/crypto.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "completion.h"
#include "slsc/slsc.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

struct Usage {
  slsc::Options options;
  std::string input;
  std::string output;
  std::string diagnostics = "text";  // text, json or sarif
  bool color = false;
};

// The run's diagnostics on stderr: rendered one by one, or as one SARIF log.
void writeDiagnostics(const Usage& u, const std::vector<slsc::Diagnostic>& diagnostics) {
  if (u.diagnostics == "sarif") {
    std::cerr << slsc::renderSarif(diagnostics);
    return;
  }
  for (const auto& d : diagnostics)
    std::cerr << (u.diagnostics == "json" ? slsc::renderDiagnosticJson(d)
                                          : slsc::renderDiagnostic(d, u.color));
}

// The options a compile takes, shared by `sls-compile` and `sls-compile diff`.
void addCompileOptions(cxxopts::Options& o) {
  o.add_options()
      ("s,stage", "stage (default: provider.stage, else dev)", cxxopts::value<std::string>(), "NAME")
      ("r,region", "region (default: provider.region, else us-east-1)",
       cxxopts::value<std::string>(), "NAME")
      ("compat", "write what another tool writes: serverless-v3", cxxopts::value<std::string>(),
       "MODE")
      ("opt", "a value for ${opt:KEY} (repeatable)", cxxopts::value<std::vector<std::string>>(),
       "KEY=VALUE")
      ("param", "a value for ${param:KEY}, over the params: section (repeatable)",
       cxxopts::value<std::vector<std::string>>(), "KEY=VALUE")
      ("strict", "treat every warning as an error")
      ("today", "judge runtime deprecations at this day (default: today, UTC)",
       cxxopts::value<std::string>(), "YYYY-MM-DD");
}

// How diagnostics are written, and --help: shared by `sls-compile` and `sls-compile package`.
void addDiagnosticOptions(cxxopts::Options& o) {
  o.add_options()
      ("diagnostics", "how diagnostics are written on stderr: text, json (a line each) or "
                      "sarif (one SARIF 2.1.0 log, for code scanning)",
       cxxopts::value<std::string>()->default_value("text"), "FORMAT")
      ("color", "colour diagnostics: auto, always or never",
       cxxopts::value<std::string>()->default_value("auto"), "WHEN")
      ("h,help", "show this help");
}

void addServiceOptions(cxxopts::Options& o) {
  o.add_options()
      ("c,config", "the service file (the same as SERVICE_FILE)", cxxopts::value<std::string>(),
       "FILE")
      ("service", "the service file", cxxopts::value<std::string>());
  o.parse_positional({"service"});
}

cxxopts::Options describe() {
  cxxopts::Options o("sls-compile",
                     "Compiles a Serverless Framework service file (AWS) into "
                     "a CloudFormation template.\n  sls-compile print [SERVICE_FILE] shows the service after "
                     "variable resolution (sls-compile print --help).\n  sls-compile completion bash|zsh "
                     "writes a shell completion script.\n  sls-compile diff OLD NEW compares two "
                     "versions for review (sls-compile diff --help).\n  sls-compile package [SERVICE_FILE] "
                     "zips the code and writes a folder to deploy from (sls-compile package "
                     "--help).");
  o.custom_help("[options]");
  o.positional_help("[SERVICE_FILE]   (default ./serverless.yml; '-' reads stdin)");
  o.add_options()
      ("o,output", "write the template to FILE atomically (default: stdout)",
       cxxopts::value<std::string>(), "FILE");
  addCompileOptions(o);
  addDiagnosticOptions(o);
  o.add_options()("version", "show the version");
  addServiceOptions(o);
  return o;
}

// The options of `sls-compile diff`.
cxxopts::Options describeDiff() {
  cxxopts::Options o("sls-compile diff",
                     "Shows what deploying NEW over OLD changes: failures, replacements, "
                     "additions and removals, permissions, redeploys, properties, outputs. OLD "
                     "and NEW are service files or compiled templates (JSON).");
  o.custom_help("[options]");
  o.positional_help("OLD NEW");
  addCompileOptions(o);
  o.add_options()
      ("format", "text, json or markdown", cxxopts::value<std::string>()->default_value("text"),
       "FORMAT")
      ("color", "colour the text report: auto, always or never",
       cxxopts::value<std::string>()->default_value("auto"), "WHEN")
      ("h,help", "show this help")
      ("files", "OLD NEW", cxxopts::value<std::vector<std::string>>());
  o.parse_positional({"files"});
  return o;
}

// The options of `sls-compile package`.
cxxopts::Options describePackage() {
  cxxopts::Options o("sls-compile package",
                     "Zips the service's code as the Serverless Framework selects it and writes "
                     "a folder to deploy from: the zips, "
                     "cloudformation-template-update-stack.json (keyed by the zips' bytes), "
                     "cloudformation-template-create-stack.json, deploy-plan.json, s3/ (the "
                     "bucket's keys, for one `aws s3 sync`) and deploy.sh.");
  o.custom_help("[options]");
  o.positional_help("[SERVICE_FILE]   (default ./serverless.yml)");
  o.add_options()
      ("o,output", "the folder to write (default: .slsc in the service's folder); replaced "
                   "whole at the end", cxxopts::value<std::string>(), "DIR");
  addCompileOptions(o);
  addDiagnosticOptions(o);
  addServiceOptions(o);
  return o;
}

// The options of `sls-compile print`.
cxxopts::Options describePrint() {
  cxxopts::Options o("sls-compile print",
                     "Shows the service file after variable resolution, as `sls print` does: the "
                     "whole service, or one value with --path.");
  o.custom_help("[options]");
  o.positional_help("[SERVICE_FILE]   (default ./serverless.yml; '-' reads stdin)");
  o.add_options()
      ("format", "yaml or json", cxxopts::value<std::string>()->default_value("yaml"), "FORMAT")
      ("path", "one value, by its dotted path (provider.stage, functions.hello.events.0)",
       cxxopts::value<std::string>(), "PATH");
  addCompileOptions(o);
  addDiagnosticOptions(o);
  addServiceOptions(o);
  return o;
}

std::map<std::string, std::string> keyValues(const cxxopts::ParseResult& r, const char* name) {
  std::map<std::string, std::string> out;
  if (!r.count(name)) return out;
  for (const auto& pair : r[name].as<std::vector<std::string>>()) {
    auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0)
      throw std::invalid_argument(fmt::format("--{} takes KEY=VALUE, not '{}'", name, pair));
    out[pair.substr(0, eq)] = pair.substr(eq + 1);
  }
  return out;
}

// The service file the reference finds with none given: YAML, then JSON; a script (which the
// library refuses with the command that turns it into JSON) only when there is neither.
std::string defaultServiceFile() {
  for (const char* name : {"serverless.yml", "serverless.yaml", "serverless.json", "serverless.js",
                           "serverless.ts", "serverless.cjs", "serverless.mjs"})
    if (std::filesystem::exists(name)) return name;
  return "serverless.yml";
}

// The service file: -c/--config (as the reference spells it), else the positional one, else
// the default.
std::string serviceFile(const cxxopts::ParseResult& r) {
  bool config = r.count("config") > 0, positional = r.count("service") > 0;
  if (config && positional && r["config"].as<std::string>() != r["service"].as<std::string>())
    throw std::invalid_argument("give the service file once: as SERVICE_FILE or with --config");
  if (config) return r["config"].as<std::string>();
  return positional ? r["service"].as<std::string>() : defaultServiceFile();
}


slsc::Options readCompileOptions(const cxxopts::ParseResult& r) {
  slsc::Options options;
  if (r.count("stage")) options.stage = r["stage"].as<std::string>();
  if (r.count("region")) options.region = r["region"].as<std::string>();
  if (r.count("compat")) {
    std::string mode = r["compat"].as<std::string>();
    if (mode != "serverless-v3")
      throw std::invalid_argument("--compat takes serverless-v3, not '" + mode + "'");
    options.compat = slsc::Compat::ServerlessV3;
  }
  options.strict = r.count("strict") > 0;
  if (r.count("today")) {
    options.today = r["today"].as<std::string>();
    if (!slsc::isIsoDate(options.today))
      throw std::invalid_argument("--today takes a date YYYY-MM-DD, not '" + options.today + "'");
  }
  options.opts = keyValues(r, "opt");
  options.params = keyValues(r, "param");
  return options;
}

bool useColor(const cxxopts::ParseResult& r, int fd) {
  std::string color = r["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never")
    throw std::invalid_argument("--color takes auto, always or never, not '" + color + "'");
  return color == "always" || (color == "auto" && isatty(fd));
}

Usage readUsage(const cxxopts::ParseResult& r) {
  Usage u;
  u.options = readCompileOptions(r);
  if (r.count("output")) u.output = r["output"].as<std::string>();
  u.input = serviceFile(r);
  u.diagnostics = r["diagnostics"].as<std::string>();
  if (u.diagnostics != "text" && u.diagnostics != "json" && u.diagnostics != "sarif")
    throw std::invalid_argument("--diagnostics takes text, json or sarif, not '" + u.diagnostics + "'");
  u.color = useColor(r, STDERR_FILENO);
  return u;
}

// Writes `text` to a temporary file beside `path`, then renames it into place, so that `path`
// holds either its old content or the whole new template, never part of it.
bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error = fmt::format("cannot create a temporary file in '{}'", folder.string());
    return false;
  }
  // mkstemp makes the file private; the template gets the mode a plain write would give it
  // (the old file's, or the umask's), so that replacing it changes no permissions.
  struct stat old {};
  mode_t mode = 0;
  if (::stat(path.c_str(), &old) == 0) {
    mode = old.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  bool ok = ::fchmod(fd, mode) == 0;
  ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ok;
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (ok && std::rename(pattern.c_str(), path.c_str()) == 0) return true;
  std::remove(pattern.c_str());
  error = fmt::format("cannot write '{}'", path);
  return false;
}

std::optional<std::string> readInput(const std::string& input) {
  if (input != "-") return slsc::DiskFileReader().read(input);
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return text;
}

int run(const Usage& u) {
  std::optional<std::string> text = readInput(u.input);
  if (!text) {
    std::cerr << fmt::format("sls-compile: error: cannot read the service file '{}'\n", u.input);
    return kExitUsage;
  }
  std::string name = u.input == "-" ? "<stdin>" : u.input;
  slsc::Result result = slsc::compileString(*text, name, u.options);
  writeDiagnostics(u, result.diagnostics);
  if (!result.ok) return kExitErrors;
  if (u.output.empty()) {
    std::cout << result.templateJson << std::flush;
    return std::cout ? kExitOk : kExitUsage;
  }
  std::string error;
  if (!writeAtomically(u.output, result.templateJson, error)) {
    std::cerr << "sls-compile: error: " << error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

// sls-compile diff OLD NEW: exit 0 when equal, 1 when different, 2 on error, like diff(1).
int runDiff(int argc, char** argv) {
  cxxopts::Options o = describeDiff();
  try {
    cxxopts::ParseResult r = o.parse(argc, argv);
    if (r.count("help")) {
      std::cout << o.help() << "\nExit status: 0 equal, 1 different, 2 error.\n";
      return kExitOk;
    }
    std::vector<std::string> files =
        r.count("files") ? r["files"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (files.size() != 2) throw std::invalid_argument("diff takes two files, OLD and NEW");
    slsc::DiffOptions diffOptions;
    std::string format = r["format"].as<std::string>();
    if (format == "json") diffOptions.format = slsc::DiffFormat::Json;
    else if (format == "markdown") diffOptions.format = slsc::DiffFormat::Markdown;
    else if (format != "text")
      throw std::invalid_argument("--format takes text, json or markdown, not '" + format + "'");
    diffOptions.color = diffOptions.format == slsc::DiffFormat::Text && useColor(r, STDOUT_FILENO);
    slsc::DiffResult result = slsc::diffFiles(files[0], files[1], readCompileOptions(r), diffOptions);
    for (const auto& d : result.diagnostics)
      std::cerr << slsc::renderDiagnostic(d, isatty(STDERR_FILENO) && diffOptions.color);
    if (!result.ok) return kExitUsage;
    std::cout << result.report << std::flush;
    return result.different ? 1 : kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "sls-compile diff: error: " << e.what() << "\nTry 'sls-compile diff --help'.\n";
    return kExitUsage;
  }
}

// sls-compile package [SERVICE_FILE]: the zips, both templates, the deploy plan, the S3 mirror
// and deploy.sh in one folder; its path on stdout.
int runPackage(int argc, char** argv) {
  cxxopts::Options o = describePackage();
  Usage u;
  slsc::PackageOptions packageOptions;
  try {
    cxxopts::ParseResult r = o.parse(argc, argv);
    if (r.count("help")) {
      std::cout << o.help() << "\nExit status: 0 packaged (warnings allowed), 1 the service has "
                               "errors, 2 usage or I/O error.\n";
      return kExitOk;
    }
    u = readUsage(r);
    if (u.input == "-") throw std::invalid_argument("package reads the service file from its folder, not stdin");
    packageOptions.outputDir = u.output;
  } catch (const std::exception& e) {
    std::cerr << "sls-compile package: error: " << e.what()
              << "\nTry 'sls-compile package --help'.\n";
    return kExitUsage;
  }
  slsc::PackageResult result = slsc::packageFile(u.input, u.options, packageOptions);
  writeDiagnostics(u, result.diagnostics);
  if (!result.ok) {
    for (const auto& d : result.diagnostics)
      if (d.line > 0 && d.severity == slsc::Severity::Error) return kExitErrors;
    return kExitUsage;
  }
  std::cout << result.outputDir << "\n" << std::flush;
  return std::cout ? kExitOk : kExitUsage;
}

// sls-compile print [SERVICE_FILE]: the service after variable resolution, as `sls print`.
int runPrint(int argc, char** argv) {
  cxxopts::Options o = describePrint();
  Usage u;
  slsc::PrintOptions print;
  try {
    cxxopts::ParseResult r = o.parse(argc, argv);
    if (r.count("help")) {
      std::cout << o.help() << "\nExit status: 0 printed (warnings allowed), 1 the service has "
                               "errors, 2 usage or I/O error.\n";
      return kExitOk;
    }
    u = readUsage(r);
    std::string format = r["format"].as<std::string>();
    if (format == "json") print.format = slsc::PrintFormat::JsonText;
    else if (format != "yaml")
      throw std::invalid_argument("--format takes yaml or json, not '" + format + "'");
    if (r.count("path")) print.path = r["path"].as<std::string>();
  } catch (const std::exception& e) {
    std::cerr << "sls-compile print: error: " << e.what() << "\nTry 'sls-compile print --help'.\n";
    return kExitUsage;
  }
  std::optional<std::string> text = readInput(u.input);
  if (!text) {
    std::cerr << fmt::format("sls-compile print: error: cannot read the service file '{}'\n", u.input);
    return kExitUsage;
  }
  slsc::PrintResult result =
      slsc::printString(*text, u.input == "-" ? "<stdin>" : u.input, u.options, print);
  writeDiagnostics(u, result.diagnostics);
  if (!result.ok) return kExitErrors;
  std::cout << result.text << std::flush;
  return std::cout ? kExitOk : kExitUsage;
}

// The options of `sls-compile schema`.
cxxopts::Options describeSchema() {
  cxxopts::Options o("sls-compile schema",
                     "Writes the JSON Schema of serverless.yml for editors (yaml-language-server, "
                     "VS Code), generated from the schema sls-compile validates with: every value "
                     "also takes a ${...} variable and a CloudFormation function.");
  o.custom_help("[options]");
  o.add_options()("h,help", "show this help");
  return o;
}

int runSchema(int argc, char** argv) {
  cxxopts::Options o = describeSchema();
  try {
    cxxopts::ParseResult r = o.parse(argc, argv);
    if (r.count("help")) {
      std::cout << o.help();
      return kExitOk;
    }
    if (!r.unmatched().empty()) throw std::invalid_argument("schema takes no file");
  } catch (const std::exception& e) {
    std::cerr << "sls-compile schema: error: " << e.what() << "\nTry 'sls-compile schema --help'.\n";
    return kExitUsage;
  }
  std::cout << slsc::editorSchema() << std::flush;
  return std::cout ? kExitOk : kExitUsage;
}

// The options of `sls-compile completion`.
cxxopts::Options describeCompletion() {
  cxxopts::Options o("sls-compile completion",
                     "Writes the shell completion script for bash or zsh, made from the "
                     "commands' options. bash: source it, or install it as "
                     "/usr/share/bash-completion/completions/sls-compile; zsh: install it as "
                     "_sls-compile in a folder of $fpath.");
  o.custom_help("[options]");
  o.positional_help("bash|zsh");
  o.add_options()("h,help", "show this help")("service", "the shell", cxxopts::value<std::string>());
  o.parse_positional({"service"});
  return o;
}

int runCompletion(int argc, char** argv) {
  cxxopts::Options o = describeCompletion();
  try {
    cxxopts::ParseResult r = o.parse(argc, argv);
    if (r.count("help")) {
      std::cout << o.help();
      return kExitOk;
    }
    std::string shell = r.count("service") ? r["service"].as<std::string>() : "";
    std::vector<CommandOptions> commands;
    commands.push_back({"", describe()});
    commands.push_back({"diff", describeDiff()});
    commands.push_back({"package", describePackage()});
    commands.push_back({"print", describePrint()});
    commands.push_back({"schema", describeSchema()});
    commands.push_back({"completion", describeCompletion()});
    std::string script = completionScript(shell, commands);
    if (script.empty()) throw std::invalid_argument("completion takes bash or zsh, not '" + shell + "'");
    std::cout << script << std::flush;
    return std::cout ? kExitOk : kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "sls-compile completion: error: " << e.what()
              << "\nTry 'sls-compile completion --help'.\n";
    return kExitUsage;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // OpenSSL initializes itself on first use, and by default reads its configuration file and
  // loads every error string: work the compiler's digests do not need, and a large part of a
  // short compile. The library leaves that choice to the program that links it.
  OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS, nullptr);
  if (argc > 1 && std::string(argv[1]) == "diff") return runDiff(argc - 1, argv + 1);
  if (argc > 1 && std::string(argv[1]) == "package") return runPackage(argc - 1, argv + 1);
  if (argc > 1 && std::string(argv[1]) == "print") return runPrint(argc - 1, argv + 1);
  if (argc > 1 && std::string(argv[1]) == "completion") return runCompletion(argc - 1, argv + 1);
  if (argc > 1 && std::string(argv[1]) == "schema") return runSchema(argc - 1, argv + 1);
  cxxopts::Options options = describe();
  Usage usage;
  try {
    cxxopts::ParseResult parsed = options.parse(argc, argv);
    if (parsed.count("help")) {
      std::cout << options.help() << "\nExit status: 0 compiled (warnings allowed), 1 the "
                                     "service has errors, 2 usage or I/O error.\n";
      return kExitOk;
    }
    if (parsed.count("version")) {
      std::cout << "sls-compile " << slsc::version() << "\n";
      return kExitOk;
    }
    usage = readUsage(parsed);
  } catch (const std::exception& e) {
    std::cerr << "sls-compile: error: " << e.what() << "\nTry 'sls-compile --help'.\n";
    return kExitUsage;
  }
  return run(usage);
}
