// sls-compile: the command line over the slsc library. Options in, compile(), diagnostics to
// stderr, the template to stdout or atomically to a file, and the exit status.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "slsc/slsc.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

struct Usage {
  slsc::Options options;
  std::string input;
  std::string output;
  bool json = false;
  bool color = false;
};

cxxopts::Options describe() {
  cxxopts::Options o("sls-compile",
                     "Compiles a Serverless Framework service file (AWS, websocket events) into "
                     "a CloudFormation template.");
  o.custom_help("[options]");
  o.positional_help("[SERVICE_FILE]   (default ./serverless.yml; '-' reads stdin)");
  o.add_options()
      ("o,output", "write the template to FILE atomically (default: stdout)",
       cxxopts::value<std::string>(), "FILE")
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
      ("diagnostics", "how diagnostics are written on stderr: text or json",
       cxxopts::value<std::string>()->default_value("text"), "FORMAT")
      ("color", "colour diagnostics: auto, always or never",
       cxxopts::value<std::string>()->default_value("auto"), "WHEN")
      ("h,help", "show this help")
      ("version", "show the version")
      ("service", "the service file", cxxopts::value<std::string>());
  o.parse_positional({"service"});
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

std::string defaultServiceFile() {
  for (const char* name : {"serverless.yml", "serverless.yaml", "serverless.json"})
    if (std::filesystem::exists(name)) return name;
  return "serverless.yml";
}

Usage readUsage(const cxxopts::ParseResult& r) {
  Usage u;
  if (r.count("stage")) u.options.stage = r["stage"].as<std::string>();
  if (r.count("region")) u.options.region = r["region"].as<std::string>();
  if (r.count("compat")) {
    std::string mode = r["compat"].as<std::string>();
    if (mode != "serverless-v3")
      throw std::invalid_argument("--compat takes serverless-v3, not '" + mode + "'");
    u.options.compat = slsc::Compat::ServerlessV3;
  }
  u.options.strict = r.count("strict") > 0;
  u.options.opts = keyValues(r, "opt");
  u.options.params = keyValues(r, "param");
  if (r.count("output")) u.output = r["output"].as<std::string>();
  u.input = r.count("service") ? r["service"].as<std::string>() : defaultServiceFile();
  std::string format = r["diagnostics"].as<std::string>();
  if (format != "text" && format != "json")
    throw std::invalid_argument("--diagnostics takes text or json, not '" + format + "'");
  u.json = format == "json";
  std::string color = r["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never")
    throw std::invalid_argument("--color takes auto, always or never, not '" + color + "'");
  u.color = color == "always" || (color == "auto" && isatty(STDERR_FILENO));
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
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
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
  for (const auto& d : result.diagnostics)
    std::cerr << (u.json ? slsc::renderDiagnosticJson(d) : slsc::renderDiagnostic(d, u.color));
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

}  // namespace

int main(int argc, char** argv) {
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
