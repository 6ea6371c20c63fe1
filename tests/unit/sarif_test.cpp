// SARIF diagnostics: the log of a failing compile validates against the SARIF 2.1.0 schema
// (tests/data), names a rule per code with its help from docs/diagnostics.md, and keeps every
// diagnostic's file, line, columns and level.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "schema/valijson.h"
#include "slsc/slsc.h"

namespace slsc {
namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const char* const kService =
    "service: sarif\n"
    "provider:\n"
    "  name: aws\n"
    "  runtime: nodejs24.x\n"
    "functions:\n"
    "  hello:\n"
    "    handler: h.hello\n"
    "    events:\n"
    "      - websocket: $connect\n"
    "      - websocket: $connect\n"
    "      - alb:\n"
    "          listenerArn: not-an-arn\n"
    "          priority: 1\n"
    "          conditions:\n"
    "            path: /a\n";

std::vector<std::string> schemaErrors(const rapidjson::Document& log) {
  rapidjson::Document schemaDoc;
  schemaDoc.Parse(readFile(SLSC_SOURCE_DIR "/tests/data/sarif-2.1.0-rtm.5.json"));
  EXPECT_FALSE(schemaDoc.HasParseError());
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(schemaDoc), schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  validator.validate(schema, valijson::adapters::RapidJsonAdapter(log), &results);
  std::vector<std::string> out;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const auto& part : error.context) where += part;
    out.push_back(where + ": " + error.description);
  }
  return out;
}

TEST(Sarif, AFailingCompileGivesAValidLog) {
  Result result = compileString(kService, "services/chat app/serverless.yml", Options{});
  ASSERT_FALSE(result.ok);
  ASSERT_GE(result.diagnostics.size(), 2u);
  std::string text = renderSarif(result.diagnostics);
  rapidjson::Document log;
  log.Parse(text);
  ASSERT_FALSE(log.HasParseError()) << text;
  for (const auto& e : schemaErrors(log)) ADD_FAILURE() << e;

  EXPECT_STREQ(log["version"].GetString(), "2.1.0");
  const auto& run = log["runs"][0];
  EXPECT_STREQ(run["tool"]["driver"]["name"].GetString(), "sls-compile");
  const auto& rules = run["tool"]["driver"]["rules"];
  const auto& results = run["results"];
  ASSERT_EQ(results.Size(), result.diagnostics.size());
  for (rapidjson::SizeType i = 0; i < results.Size(); ++i) {
    const Diagnostic& d = result.diagnostics[i];
    const auto& r = results[i];
    EXPECT_EQ(r["ruleId"].GetString(), d.code);
    const auto& rule = rules[r["ruleIndex"].GetUint()];
    EXPECT_EQ(rule["id"].GetString(), d.code);
    // Every code is documented, so every rule has its help, not just its id.
    EXPECT_NE(std::string(rule["help"]["text"].GetString()), d.code);
    EXPECT_STREQ(r["level"].GetString(), d.severity == Severity::Error ? "error" : "warning");
    EXPECT_EQ(r["message"]["text"].GetString(), d.message);
    const auto& location = r["locations"][0]["physicalLocation"];
    EXPECT_STREQ(location["artifactLocation"]["uri"].GetString(),
                 "services/chat%20app/serverless.yml");
    EXPECT_EQ(location["region"]["startLine"].GetInt(), d.line);
    EXPECT_EQ(location["region"]["startColumn"].GetInt(), d.column);
  }
}

TEST(Sarif, ACleanCompileGivesAnEmptyValidLog) {
  rapidjson::Document log;
  log.Parse(renderSarif({}));
  ASSERT_FALSE(log.HasParseError());
  for (const auto& e : schemaErrors(log)) ADD_FAILURE() << e;
  EXPECT_EQ(log["runs"][0]["results"].Size(), 0u);
}

// A log the schema refuses is refused: the test above cannot pass on any input.
TEST(Sarif, TheSchemaRefusesAnInvalidLog) {
  rapidjson::Document log;
  log.Parse(R"({"version": "2.1.0", "runs": [{"results": [{"level": "fatal"}]}]})");
  EXPECT_FALSE(schemaErrors(log).empty());
}

}  // namespace
}  // namespace slsc
