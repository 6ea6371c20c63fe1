// Keys and versions from the code: each artifact's S3 key holds its own digest, and a function's
// S3Key, CodeSha256 and version id follow its artifact's bytes, and only its.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cctype>
#include <map>
#include <memory>
#include <string>

#include "slsc/compile.h"
#include "slsc/file_reader.h"

namespace slsc {
namespace {

// What the template says of one function's code.
struct Code {
  std::string s3Key;
  std::string sha256;
  std::string versionId;
  bool operator==(const Code& o) const {
    return s3Key == o.s3Key && sha256 == o.sha256 && versionId == o.versionId;
  }
};

Result compile(const std::string& text, std::map<std::string, std::string> files) {
  Options options;
  options.reader = std::make_shared<MemoryFileReader>(std::move(files));
  return compileString(text, "serverless.yml", options);
}

// The code of function `key` (its LambdaFunction's S3Key, its version's CodeSha256 and id).
Code codeOf(const Result& result, const std::string& key) {
  rapidjson::Document doc;
  doc.Parse(result.templateJson.c_str());
  Code code;
  std::string prefix = std::string(1, static_cast<char>(std::toupper(key[0]))) + key.substr(1);
  for (const auto& m : doc["Resources"].GetObject()) {
    std::string id = m.name.GetString();
    const auto& properties = m.value["Properties"];
    if (id == prefix + "LambdaFunction")
      code.s3Key = properties["Code"]["S3Key"].GetString();
    if (id.rfind(prefix + "LambdaVersion", 0) == 0) {
      code.versionId = id;
      if (properties.HasMember("CodeSha256")) code.sha256 = properties["CodeSha256"].GetString();
    }
  }
  return code;
}

bool hasCode(const Result& result, const std::string& code) {
  for (const auto& d : result.diagnostics)
    if (d.code == code) return true;
  return false;
}

const char* kTwoArtifacts = R"(service: chat
provider:
  name: aws
  runtime: nodejs24.x
functions:
  connect:
    handler: h.connect
    package:
      artifact: connect.zip
  send:
    handler: h.send
    package:
      artifact: send.zip
)";

TEST(Artifacts, EditingOneArtifactMovesOnlyItsFunction) {
  Result before = compile(kTwoArtifacts, {{"connect.zip", "connect v1"}, {"send.zip", "send v1"}});
  Result after = compile(kTwoArtifacts, {{"connect.zip", "connect v1"}, {"send.zip", "send v2"}});
  ASSERT_TRUE(before.ok);
  ASSERT_TRUE(after.ok);
  EXPECT_EQ(codeOf(before, "connect"), codeOf(after, "connect"));
  Code sendBefore = codeOf(before, "send"), sendAfter = codeOf(after, "send");
  EXPECT_NE(sendBefore.s3Key, sendAfter.s3Key);
  EXPECT_NE(sendBefore.sha256, sendAfter.sha256);
  EXPECT_NE(sendBefore.versionId, sendAfter.versionId);
  EXPECT_FALSE(sendBefore.sha256.empty());
  EXPECT_FALSE(hasCode(before, "code-not-hashed"));
}

TEST(Artifacts, OneServiceArtifactMovesEveryFunction) {
  const std::string text = "service: chat\nprovider:\n  name: aws\n  runtime: nodejs24.x\n"
                           "package:\n  artifact: app.zip\nfunctions:\n  connect:\n"
                           "    handler: h.connect\n  send:\n    handler: h.send\n";
  Result before = compile(text, {{"app.zip", "v1"}});
  Result after = compile(text, {{"app.zip", "v2"}});
  ASSERT_TRUE(before.ok);
  ASSERT_TRUE(after.ok);
  EXPECT_EQ(codeOf(before, "connect").s3Key, codeOf(before, "send").s3Key);
  for (const char* fn : {"connect", "send"}) {
    EXPECT_NE(codeOf(before, fn).s3Key, codeOf(after, fn).s3Key) << fn;
    EXPECT_NE(codeOf(before, fn).versionId, codeOf(after, fn).versionId) << fn;
  }
}

TEST(Artifacts, FunctionsWithoutCodeToHashAreNamed) {
  const std::string text = "service: chat\nprovider:\n  name: aws\n  runtime: nodejs24.x\n"
                           "functions:\n  connect:\n    handler: h.connect\n";
  Result result = compile(text, {});
  ASSERT_TRUE(result.ok);
  ASSERT_TRUE(hasCode(result, "code-not-hashed"));
  for (const auto& d : result.diagnostics) {
    if (d.code == "code-not-hashed") {
      EXPECT_NE(d.message.find("'connect'"), std::string::npos);
    }
  }
}

TEST(Artifacts, AnUnreadableArtifactIsAWarning) {
  Result result = compile(kTwoArtifacts, {{"connect.zip", "connect v1"}});
  ASSERT_TRUE(result.ok);
  EXPECT_TRUE(hasCode(result, "artifact-unreadable"));
  EXPECT_TRUE(codeOf(result, "send").sha256.empty());
  EXPECT_FALSE(codeOf(result, "connect").sha256.empty());
}

}  // namespace
}  // namespace slsc
