// useDotenv: .env files parsed and expanded as the reference's dotenv and dotenv-expand do.
#include <gtest/gtest.h>

#include "vars/dotenv.h"

namespace slsc::vars {
namespace {

std::optional<std::string> noProcessEnv(const std::string&) { return std::nullopt; }

TEST(Dotenv, ParsesTheLineForms) {
  auto parsed = parseDotenv(
      "# a comment\n"
      "PLAIN=value # trailing comment\n"
      "export EXPORTED=yes\n"
      "SPACED = around \r\n"
      "SINGLE='a # not a comment'\n"
      "DOUBLE=\"line\\nbreak\"\n"
      "COLON: also\n"
      "EMPTY=\n"
      "MULTI=\"one\ntwo\"\n"
      "not a line\n"
      "PLAIN=again\n");
  std::map<std::string, std::string> values(parsed.begin(), parsed.end());
  EXPECT_EQ(values["PLAIN"], "again");
  EXPECT_EQ(values["EXPORTED"], "yes");
  EXPECT_EQ(values["SPACED"], "around");
  EXPECT_EQ(values["SINGLE"], "a # not a comment");
  EXPECT_EQ(values["DOUBLE"], "line\nbreak");
  EXPECT_EQ(values["COLON"], "also");
  EXPECT_EQ(values["EMPTY"], "");
  EXPECT_EQ(values["MULTI"], "one\ntwo");
  EXPECT_EQ(values.count("not"), 0u);
  EXPECT_EQ(parsed.front().first, "PLAIN");  // first written, last value
}

TEST(Dotenv, ExpandsReferencesAndDefaults) {
  auto expanded = expandDotenv(parseDotenv("HOST=example.org\n"
                                           "URL=https://${HOST}/$PATH_PART\n"
                                           "PATH_PART=api\n"
                                           "WITH_DEFAULT=${MISSING:-fallback}\n"
                                           "ESCAPED=\\$HOST\n"
                                           "SELF=$SELF\n"),
                               noProcessEnv);
  EXPECT_EQ(expanded["URL"], "https://example.org/api");
  EXPECT_EQ(expanded["WITH_DEFAULT"], "fallback");
  EXPECT_EQ(expanded["ESCAPED"], "$HOST");
  EXPECT_EQ(expanded["SELF"], "$SELF");  // stops where the reference would recurse forever
}

TEST(Dotenv, TheProcessEnvironmentWins) {
  auto process = [](const std::string& name) -> std::optional<std::string> {
    if (name == "REGION") return "eu-west-1";
    return std::nullopt;
  };
  auto expanded = expandDotenv(parseDotenv("REGION=us-east-1\nBUCKET=data-${REGION}\n"), process);
  EXPECT_EQ(expanded["REGION"], "eu-west-1");
  EXPECT_EQ(expanded["BUCKET"], "data-eu-west-1");
}

TEST(Dotenv, TheStageFileComesFirst) {
  MemoryFileReader reader;
  reader.add("svc/.env", "NAME=default\nONLY_DEFAULT=1\n");
  reader.add("svc/.env.prod", "NAME=prod\n");
  EXPECT_EQ(loadDotenv(reader, "svc", "prod", noProcessEnv)["NAME"], "prod");
  EXPECT_EQ(loadDotenv(reader, "svc", "prod", noProcessEnv).count("ONLY_DEFAULT"), 0u);
  EXPECT_EQ(loadDotenv(reader, "svc", "dev", noProcessEnv)["NAME"], "default");
  EXPECT_TRUE(loadDotenv(reader, "elsewhere", "dev", noProcessEnv).empty());
}

}  // namespace
}  // namespace slsc::vars
