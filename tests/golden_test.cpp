// The golden runner: every case folder under golden/ (golden/<group>/<case>/, any depth: a folder
// holding serverless.yml, .yaml or .json, or old.yml) is compiled by the sls-compile binary with
// the case's `args`; the output must equal expected.json (exit 0) or expected.stderr (with the
// exit status in expected.exit, 1 when absent). A case with expected.part.json instead of
// expected.json compares only the ids it lists (see checkPartCase). A case with old.yml and
// new.yml is a diff case: `sls-compile diff` in each format must print expected.diff.txt, .json
// and .md, and exit as expected.exit says. SLSC_UPDATE_GOLDEN=1 rewrites the expectations;
// SLSC_GOLDEN_DIR=DIR runs the cases of another golden folder than the source tree's.
// A case with a `command` file runs that subcommand (`print`) before the options instead, and
// its output is expected.out (no template: the cfn-lint gate reads only expected.json).
//
// A package case holds a service folder in `service/`: `sls-compile package` packages it, and
// the zips' entries (a line `== NAME.zip`, then its entries in byte order, for each zip) must
// equal expected.files; when the case has reference.files (what `sls package` 3.38 put in its
// zips for the same folder), they must equal it too.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
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

fs::path goldenDir() {
  const char* dir = std::getenv("SLSC_GOLDEN_DIR");
  fs::path path = (dir && *dir ? fs::path(dir) : fs::path(SLSC_GOLDEN_DIR)).lexically_normal();
  return path.has_filename() ? path : path.parent_path();  // no trailing '/
}

// A case's test name: its path under golden/ with every character other than a letter or a
// digit (the `/` between group and case, `-`) turned into `_`: websocket/ws-chat-dynamodb is
// websocket_ws_chat_dynamodb.
std::string testName(const std::string& relative) {
  std::string name;
  for (char c : relative) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
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

const char* const kServiceFiles[] = {"serverless.yml", "serverless.yaml", "serverless.json"};

std::string serviceFile(const fs::path& dir) {
  for (const char* name : kServiceFiles)
    if (fs::exists(dir / name)) return name;
  return "serverless.yml";
}

bool isPackageCase(const fs::path& dir) { return fs::exists(dir / "service" / "serverless.yml"); }

bool isCase(const fs::path& dir) {
  for (const char* name : kServiceFiles)
    if (fs::exists(dir / name)) return true;
  return fs::exists(dir / "old.yml") || isPackageCase(dir);
}

// Runs sls-compile in `dir` with `arguments`.
Outcome runIn(const fs::path& dir, const std::string& arguments) {
  fs::path tmp = fs::temp_directory_path() /
                 ("slsc-golden-" + std::to_string(getpid()) + "-" +
                  testName(dir.lexically_relative(goldenDir()).generic_string()));
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

// Runtime deprecations are judged at a fixed day, so that the expectations do not change with
// the calendar; a case's own `--today` (in args, after this one) wins.
const char* const kToday = "--today 2026-03-01 ";

Outcome compileCase(const fs::path& dir) {
  std::string args = fs::exists(dir / "args") ? trim(readFile(dir / "args")) : "";
  std::string command = fs::exists(dir / "command") ? trim(readFile(dir / "command")) + " " : "";
  return runIn(dir, command + "--color=never " + kToday + args + " " + serviceFile(dir));
}

// Where a case's standard output is expected: the template, or a subcommand's output.
std::string outputFile(const fs::path& dir) {
  return fs::exists(dir / "command") ? "expected.out" : "expected.json";
}

// Walks golden/: a case folder is not descended into (its subfolders are its files, such as
// vars-file/config/); any other folder is a group. Files found outside every case folder are
// collected in `stray`.
void walk(const fs::path& dir, std::vector<std::string>& out, std::vector<std::string>* stray) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string relative = entry.path().lexically_relative(goldenDir()).generic_string();
    if (entry.is_directory()) {
      if (isCase(entry.path()))
        out.push_back(relative);
      else
        walk(entry.path(), out, stray);
    } else if (stray) {
      stray->push_back(relative);
    }
  }
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  if (fs::is_directory(goldenDir())) walk(goldenDir(), out, nullptr);
  std::sort(out.begin(), out.end());
  return out;
}

bool updating() {
  const char* value = std::getenv("SLSC_UPDATE_GOLDEN");
  return value && std::string(value) == "1";
}

// JSON as the compiler writes it: RapidJSON's pretty writer, 2-space indent.
std::string pretty(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool parseJson(const std::string& text, rapidjson::Document& doc, std::string& error) {
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.c_str(), text.size());
  if (!doc.HasParseError()) return true;
  error = std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at offset " +
          std::to_string(doc.GetErrorOffset());
  return false;
}

class Golden : public testing::TestWithParam<std::string> {};

bool isDiffCase(const fs::path& dir) {
  return fs::exists(dir / "old.yml") && fs::exists(dir / "new.yml");
}

void checkDiffCase(const fs::path& dir, const std::string& hint) {
  const std::pair<const char*, const char*> formats[] = {
      {"text", "expected.diff.txt"}, {"json", "expected.diff.json"}, {"markdown", "expected.diff.md"}};
  for (const auto& [format, file] : formats) {
    Outcome run = runIn(dir, std::string("diff --color=never ") + kToday + "--format " + format +
                                     " old.yml new.yml");
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

// A family case: expected.part.json is an object of template sections (Resources, Outputs, …),
// each an object of some of the section's ids. Each listed id must be in the output's section,
// with a value equal to the listed one (JSON equality: numbers by value, object members in any
// order), and the listed ids must come in the output in the order they are listed.
void checkPartCase(const fs::path& dir, const Outcome& run, const std::string& hint) {
  rapidjson::Document expected, actual;
  std::string error;
  ASSERT_TRUE(parseJson(readFile(dir / "expected.part.json"), expected, error))
      << "expected.part.json: " << error;
  ASSERT_TRUE(expected.IsObject()) << "expected.part.json must be an object of template sections";
  ASSERT_TRUE(parseJson(run.out, actual, error)) << "the output is no JSON: " << error << "\n" << hint;
  ASSERT_TRUE(actual.IsObject()) << "the output is no JSON object\n" << hint;
  for (auto s = expected.MemberBegin(); s != expected.MemberEnd(); ++s) {
    std::string section = s->name.GetString();
    if (!s->value.IsObject()) {
      ADD_FAILURE() << "expected.part.json: '" << section << "' must be an object of ids";
      continue;
    }
    auto out = actual.FindMember(s->name);
    if (out == actual.MemberEnd() || !out->value.IsObject()) {
      ADD_FAILURE() << "the output has no section '" << section << "'\n" << hint;
      continue;
    }
    long previous = -1;
    std::string previousId;
    for (auto e = s->value.MemberBegin(); e != s->value.MemberEnd(); ++e) {
      std::string id = e->name.GetString();
      auto found = out->value.FindMember(e->name);
      if (found == out->value.MemberEnd()) {
        ADD_FAILURE() << section << "." << id << " is not in the output\n" << hint;
        continue;
      }
      long index = static_cast<long>(found - out->value.MemberBegin());
      if (index <= previous)
        ADD_FAILURE() << section << ": the output has '" << id << "' before '" << previousId
                      << "'; expected.part.json lists them the other way round\n" << hint;
      previous = index;
      previousId = id;
      if (!(found->value == e->value))
        ADD_FAILURE() << section << "." << id << " differs from expected.part.json\nexpected: "
                      << pretty(e->value) << "\n  actual: " << pretty(found->value) << "\n" << hint;
    }
  }
}

// The update of a family case: the same sections and ids, with the output's values, in the
// output's order; an id the output no longer has is dropped (and said).
void updatePartCase(const fs::path& dir, const Outcome& run) {
  if (run.status != 0) {
    ADD_FAILURE() << "the compile failed (exit " << run.status << "); expected.part.json is kept\n"
                  << run.err;
    return;
  }
  rapidjson::Document expected, actual;
  std::string error;
  ASSERT_TRUE(parseJson(readFile(dir / "expected.part.json"), expected, error))
      << "expected.part.json: " << error;
  ASSERT_TRUE(expected.IsObject()) << "expected.part.json must be an object of template sections";
  ASSERT_TRUE(parseJson(run.out, actual, error)) << "the output is no JSON: " << error;
  rapidjson::Document updated(rapidjson::kObjectType);
  auto& allocator = updated.GetAllocator();
  for (auto s = expected.MemberBegin(); s != expected.MemberEnd(); ++s) {
    rapidjson::Value section(rapidjson::kObjectType);
    auto out = actual.FindMember(s->name);
    if (s->value.IsObject() && out != actual.MemberEnd() && out->value.IsObject()) {
      for (auto m = out->value.MemberBegin(); m != out->value.MemberEnd(); ++m)
        if (s->value.HasMember(m->name))
          section.AddMember(rapidjson::Value(m->name, allocator), rapidjson::Value(m->value, allocator),
                            allocator);
      for (auto e = s->value.MemberBegin(); e != s->value.MemberEnd(); ++e)
        if (!out->value.HasMember(e->name))
          std::cerr << dir.string() << ": " << s->name.GetString() << "." << e->name.GetString()
                    << " is not in the output; dropped from expected.part.json\n";
    } else {
      std::cerr << dir.string() << ": the output has no section '" << s->name.GetString()
                << "' (or it lists no ids); left empty\n";
    }
    updated.AddMember(rapidjson::Value(s->name, allocator), section, allocator);
  }
  writeFile(dir / "expected.part.json", pretty(updated) + "\n");
  fs::remove(dir / "expected.exit");
  fs::remove(dir / "expected.stderr");
  if (!run.err.empty()) writeFile(dir / "expected.stderr", run.err);
}

// Every zip of `folder` with its entries, as expected.files lists them.
std::string zipListing(const fs::path& folder) {
  std::vector<fs::path> zips;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".zip") zips.push_back(entry.path());
  std::sort(zips.begin(), zips.end());
  std::string out;
  for (const auto& path : zips) {
    out += "== " + path.filename().string() + "\n";
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!archive) {
      out += "(unreadable zip)\n";
      continue;
    }
    std::vector<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
      names.emplace_back(zip_get_name(archive, static_cast<zip_uint64_t>(i), 0));
    zip_discard(archive);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) out += name + "\n";
  }
  return out;
}

void checkPackageCase(const fs::path& dir, const std::string& hint) {
  fs::path output = fs::temp_directory_path() /
                    ("slsc-golden-package-" + std::to_string(getpid()) + "-" + dir.filename().string());
  fs::remove_all(output);
  std::string args = fs::exists(dir / "args") ? trim(readFile(dir / "args")) : "";
  Outcome run = runIn(dir / "service", std::string("package --color=never ") + kToday + "-o " +
                                           quote(output.string()) + " " + args);
  std::string listing = run.status == 0 ? zipListing(output) : "";
  fs::remove_all(output);
  if (updating()) {
    for (const char* file : {"expected.files", "expected.stderr", "expected.exit"})
      fs::remove(dir / file);
    if (run.status == 0) writeFile(dir / "expected.files", listing);
    if (!run.err.empty()) writeFile(dir / "expected.stderr", run.err);
    if (run.status != 0 && run.status != 1)
      writeFile(dir / "expected.exit", std::to_string(run.status) + "\n");
    return;
  }
  int status = fs::exists(dir / "expected.exit") ? std::stoi(readFile(dir / "expected.exit"))
                                                 : (fs::exists(dir / "expected.files") ? 0 : 1);
  EXPECT_EQ(run.status, status) << run.err << hint;
  std::string expectedErr = fs::exists(dir / "expected.stderr") ? readFile(dir / "expected.stderr") : "";
  EXPECT_EQ(run.err, expectedErr) << hint;
  if (fs::exists(dir / "expected.files")) {
    EXPECT_EQ(listing, readFile(dir / "expected.files")) << hint;
  }
  if (fs::exists(dir / "reference.files")) {
    EXPECT_EQ(listing, readFile(dir / "reference.files"))
        << "the zips differ from what sls package 3.38 writes for this folder";
  }
}

TEST_P(Golden, MatchesExpectation) {
  fs::path dir = goldenDir() / GetParam();
  std::string filter = "--gtest_filter='*/" + testName(GetParam()) + "'";
  if (isPackageCase(dir)) {
    checkPackageCase(dir, "regenerate with: SLSC_UPDATE_GOLDEN=1 build/slsc-golden-tests " +
                              filter + " (then review the diff)");
    return;
  }
  if (isDiffCase(dir)) {
    checkDiffCase(dir, "regenerate with: SLSC_UPDATE_GOLDEN=1 build/slsc-golden-tests " + filter);
    return;
  }
  Outcome run = compileCase(dir);
  std::string hint = "regenerate with: SLSC_UPDATE_GOLDEN=1 build/slsc-golden-tests " + filter +
                     " (then review the diff)";
  bool part = fs::exists(dir / "expected.part.json");
  ASSERT_FALSE(part && fs::exists(dir / "expected.json"))
      << "a case holds expected.json or expected.part.json, not both";
  if (part) {
    if (updating()) {
      updatePartCase(dir, run);
      return;
    }
    int status = fs::exists(dir / "expected.exit") ? std::stoi(readFile(dir / "expected.exit")) : 0;
    ASSERT_EQ(run.status, status) << run.err << hint;
    std::string expectedErr = fs::exists(dir / "expected.stderr") ? readFile(dir / "expected.stderr") : "";
    EXPECT_EQ(run.err, expectedErr) << hint;
    checkPartCase(dir, run, hint);
    return;
  }
  if (updating()) {
    fs::remove(dir / outputFile(dir));
    fs::remove(dir / "expected.stderr");
    fs::remove(dir / "expected.exit");
    if (run.status == 0) {
      writeFile(dir / outputFile(dir), run.out);
      if (!run.err.empty()) writeFile(dir / "expected.stderr", run.err);
    } else {
      writeFile(dir / "expected.stderr", run.err);
      if (run.status != 1) writeFile(dir / "expected.exit", std::to_string(run.status) + "\n");
    }
    return;
  }
  if (fs::exists(dir / outputFile(dir))) {
    EXPECT_EQ(run.status, 0) << run.err << hint;
    EXPECT_EQ(run.out, readFile(dir / outputFile(dir))) << hint;
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
                           return testName(param.param);
                         });

// Every file under golden/ belongs to a case: an expectation left in a folder without a service
// file (or old.yml) would otherwise never run.
TEST(GoldenLayout, EveryFileIsInACase) {
  ASSERT_TRUE(fs::is_directory(goldenDir())) << goldenDir() << " is no folder";
  std::vector<std::string> found, stray;
  walk(goldenDir(), found, &stray);
  std::sort(stray.begin(), stray.end());
  for (const std::string& file : stray)
    ADD_FAILURE() << "golden/" << file << " is in no case folder (one holding serverless.yml, "
                  << "serverless.yaml, serverless.json, old.yml or service/serverless.yml)";
  EXPECT_FALSE(found.empty()) << "no golden case under " << goldenDir();
}

}  // namespace
