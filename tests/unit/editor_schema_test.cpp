// The editor schema (sls-compile schema): it accepts every service file of both reference
// corpora as written (variables unresolved), refuses what the compiler refuses (a misspelt event
// type, a misspelt key of `resources` or of an IAM statement), and describes every key it declares.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schema/instance.h"
#include "schema/valijson.h"
#include "slsc/schema.h"
#include "source/diagnostics.h"
#include "source/loader.h"
#include "source/source_file.h"

namespace slsc {
namespace {

namespace fs = std::filesystem;

class EditorSchemaTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    document_ = new rapidjson::Document();
    document_->Parse(editorSchema());
    ASSERT_FALSE(document_->HasParseError());
    schema_ = new valijson::Schema();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.populateSchema(valijson::adapters::RapidJsonAdapter(*document_), *schema_);
  }
  static void TearDownTestSuite() {
    delete schema_;
    delete document_;
  }

  // The schema's errors for `text` loaded as the service file `name`; "unreadable" when it does
  // not load as YAML.
  static std::vector<std::string> errors(const std::string& text, const std::string& name) {
    SourceSet sources;
    Diagnostics diagnostics;
    std::optional<Node> root = loadYaml(sources.add(name, text), diagnostics);
    if (!root) return {"unreadable"};
    rapidjson::Document instance = toJsonInstance(*root);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    validator.validate(*schema_, valijson::adapters::RapidJsonAdapter(instance), &results);
    std::vector<std::string> out;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      std::string where;
      for (const auto& part : error.context) where += part;
      out.push_back(where + ": " + error.description);
    }
    return out;
  }

  static rapidjson::Document* document_;
  static valijson::Schema* schema_;
};

rapidjson::Document* EditorSchemaTest::document_ = nullptr;
valijson::Schema* EditorSchemaTest::schema_ = nullptr;

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_F(EditorSchemaTest, AcceptsEveryCorpusServiceFile) {
  int files = 0;
  for (const char* corpus : {SLSC_CORPUS_DIR, SLSC_CORPUS_DIR "-events"}) {
    if (!fs::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
    for (const auto& entry : fs::directory_iterator(corpus)) {
      // A case the reference refuses too (EXPECT-ERROR) may be refused.
      if (fs::exists(entry.path() / "EXPECT-ERROR")) continue;
      for (const char* name : {"serverless.yml", "serverless.yaml", "serverless.json"}) {
        fs::path file = entry.path() / name;
        if (!fs::exists(file)) continue;
        ++files;
        // The first error is the innermost: the value the schema refuses.
        if (auto found = errors(readFile(file), file.string()); !found.empty())
          ADD_FAILURE() << file << ": " << found.front() << " (and " << found.size() - 1
                        << " more)";
        break;
      }
    }
  }
  EXPECT_GT(files, 140);
}

const char* const kService =
    "service: chat\n"
    "provider:\n"
    "  name: aws\n"
    "  runtime: nodejs24.x\n"
    "  memorySize: ${self:custom.memory}\n"
    "functions:\n"
    "  hello:\n"
    "    handler: h.hello\n"
    "    timeout: ${opt:timeout, 10}\n"
    "    events:\n"
    "      - websocket: $connect\n";

TEST_F(EditorSchemaTest, AcceptsVariablesAndFunctionsWhereValuesGo) {
  EXPECT_TRUE(errors(kService, "serverless.yml").empty());
  EXPECT_TRUE(errors(std::string(kService) + "      - websocket:\n          route: !Ref Route\n",
                     "serverless.yml").empty());
}

TEST_F(EditorSchemaTest, RefusesAMisspeltKey) {
  EXPECT_FALSE(errors(std::string(kService) + "      - websockt: $disconnect\n", "serverless.yml").empty());
  EXPECT_FALSE(errors(std::string(kService) + "resources:\n  Resourcs: {}\n", "serverless.yml").empty());
  EXPECT_FALSE(errors(std::string(kService) + "  other:\n    handler: [1, 2]\n", "serverless.yml").empty());
  EXPECT_FALSE(errors(std::string(kService) +
                          "    iam:\n      role:\n        statements:\n          - Efect: Allow\n",
                      "serverless.yml")
                   .empty());
}

// Every property the schema declares says what it is (an `if` or a `not` only tells forms
// apart: the editor shows no key of theirs).
void expectDescribed(const rapidjson::Value& schema, const std::string& where) {
  if (schema.IsArray())
    for (const auto& item : schema.GetArray()) expectDescribed(item, where);
  if (!schema.IsObject()) return;
  for (const auto& m : schema.GetObject()) {
    std::string key = m.name.GetString();
    if (key == "properties" && m.value.IsObject()) {
      for (const auto& p : m.value.GetObject()) {
        EXPECT_TRUE(p.value.IsObject() && p.value.HasMember("description"))
            << where << ".properties." << p.name.GetString() << " has no description";
        expectDescribed(p.value, where + "." + p.name.GetString());
      }
    } else if (key != "if" && key != "not") {
      expectDescribed(m.value, where + "/" + key);
    }
  }
}

TEST_F(EditorSchemaTest, DescribesEveryKey) { expectDescribed(*document_, ""); }

}  // namespace
}  // namespace slsc
