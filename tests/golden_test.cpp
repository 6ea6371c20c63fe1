// The golden runner: every golden/<case>/ is compiled by the sls-compile binary with the
// case's `args`; the output must equal expected.json (exit 0) or expected.stderr (with the exit
// status in expected.exit, 1 when absent). A case with old.yml and new.yml is a diff case:
// `sls-compile diff` in each format must print expected.diff.txt, .json and .md, and exit as
// expected.exit says. SLSC_UPDATE_GOLDEN=1 rewrites the expectations.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void writeFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

struct Outcome {
  std::string out;
  std::string err;
  int status = -1;
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string serviceFile(const fs::path& dir) {
  for (const char* name : {"serverless.yml", "serverless.yaml", "serverless.json"})
    if (fs::exists(dir / name)) return name;
  return "serverless.yml";
}

// Runs sls-compile in `dir` with `arguments`.
Outcome runIn(const fs::path& dir, const std::string& arguments) {
  fs::path tmp = fs::temp_directory_path() / ("slsc-golden-" + dir.filename().string());
  std::string command = "cd " + quote(dir.string()) + " && " + quote(SLSC_BINARY) + " " +
                        arguments + " >" + quote(tmp.string() + ".out") + " 2>" +
                        quote(tmp.string() + ".err");
  Outcome run;
  int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = readFile(tmp.string() + ".out");
  run.err = readFile(tmp.string() + ".err");
  fs::remove(tmp.string() + ".out");
  fs::remove(tmp.string() + ".err");
  return run;
}

Outcome compileCase(const fs::path& dir) {
  std::string args = fs::exists(dir / "args") ? trim(readFile(dir / "args")) : "";
  return runIn(dir, "--color=never " + args + " " + serviceFile(dir));
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(SLSC_GOLDEN_DIR))
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool updating() {
  const char* value = std::getenv("SLSC_UPDATE_GOLDEN");
  return value && std::string(value) == "1";
}

class Golden : public testing::TestWithParam<std::string> {};

bool isDiffCase(const fs::path& dir) {
  return fs::exists(dir / "old.yml") && fs::exists(dir / "new.yml");
}

void checkDiffCase(const fs::path& dir, const std::string& hint) {
  const std::pair<const char*, const char*> formats[] = {
      {"text", "expected.diff.txt"}, {"json", "expected.diff.json"}, {"markdown", "expected.diff.md"}};
  for (const auto& [format, file] : formats) {
    Outcome run = runIn(dir, std::string("diff --color=never --format ") + format + " old.yml new.yml");
    if (updating()) {
      writeFile(dir / file, run.out);
      writeFile(dir / "expected.exit", std::to_string(run.status) + "\n");
      continue;
    }
    EXPECT_EQ(run.err, "") << format;
    EXPECT_EQ(run.status, std::stoi(readFile(dir / "expected.exit"))) << format << " " << hint;
    EXPECT_EQ(run.out, readFile(dir / file)) << format << " " << hint;
  }
}

TEST_P(Golden, MatchesExpectation) {
  fs::path dir = fs::path(SLSC_GOLDEN_DIR) / GetParam();
  if (isDiffCase(dir)) {
    checkDiffCase(dir, "regenerate with: SLSC_UPDATE_GOLDEN=1 build/slsc-golden-tests "
                       "--gtest_filter='*/" + GetParam() + "'");
    return;
  }
  Outcome run = compileCase(dir);
  std::string hint = "regenerate with: SLSC_UPDATE_GOLDEN=1 build/slsc-golden-tests "
                     "--gtest_filter='*/" + GetParam() + "' (then review the diff)";
  if (updating()) {
    fs::remove(dir / "expected.json");
    fs::remove(dir / "expected.stderr");
    fs::remove(dir / "expected.exit");
    if (run.status == 0) {
      writeFile(dir / "expected.json", run.out);
      if (!run.err.empty()) writeFile(dir / "expected.stderr", run.err);
    } else {
      writeFile(dir / "expected.stderr", run.err);
      if (run.status != 1) writeFile(dir / "expected.exit", std::to_string(run.status) + "\n");
    }
    return;
  }
  if (fs::exists(dir / "expected.json")) {
    EXPECT_EQ(run.status, 0) << run.err << hint;
    EXPECT_EQ(run.out, readFile(dir / "expected.json")) << hint;
    std::string expectedErr = fs::exists(dir / "expected.stderr") ? readFile(dir / "expected.stderr") : "";
    EXPECT_EQ(run.err, expectedErr) << hint;
    return;
  }
  ASSERT_TRUE(fs::exists(dir / "expected.stderr")) << "no expectation; " << hint;
  int status = fs::exists(dir / "expected.exit") ? std::stoi(readFile(dir / "expected.exit")) : 1;
  EXPECT_EQ(run.status, status) << hint;
  EXPECT_EQ(run.out, "") << "a failed compile writes no template";
  EXPECT_EQ(run.err, readFile(dir / "expected.stderr")) << hint;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<std::string>& param) {
                           std::string name;
                           for (char c : param.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
