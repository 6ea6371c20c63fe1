// Unit tests of the resolve stage: each variable source, fallbacks, nesting, interpolation,
// typed substitution, positions, and every error with its code and position.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "slsc/file_reader.h"
#include "source/diagnostics.h"
#include "source/loader.h"
#include "source/node.h"
#include "vars/resolve.h"

namespace slsc {
namespace {

// A reader over files in memory that can also pretend a path is a symbolic link.
class LinkingReader final : public FileReader {
 public:
  MemoryFileReader files;
  std::map<std::string, std::string> links;  // path → where it points
  std::optional<std::string> read(const std::string& path) const override {
    auto link = links.find(path);
    return files.read(link == links.end() ? path : link->second);
  }
  std::optional<std::string> canonical(const std::string& path) const override {
    auto link = links.find(path);
    return files.canonical(link == links.end() ? path : link->second);
  }
};

class Vars : public ::testing::Test {
 protected:
  Vars() {
    reader.files.add("/svc/serverless.yml", "");
    context.reader = &reader;
    context.serviceDir = "/svc";
    context.sources = &sources;
    context.env = [this](const std::string& name) -> std::optional<std::string> {
      auto it = environment.find(name);
      if (it == environment.end()) return std::nullopt;
      return it->second;
    };
  }

  void addFile(const std::string& path, std::string text) {
    reader.files.add("/svc/" + path, std::move(text));
  }

  std::optional<Node> resolve(const std::string& yaml) {
    const SourceFile& file = sources.add("serverless.yml", yaml);
    std::optional<Node> root = loadYaml(file, diagnostics);
    EXPECT_TRUE(root) << "the test's YAML does not load";
    if (!root) return std::nullopt;
    return resolveVariables(*root, context, diagnostics);
  }

  // Resolves and expects success; the node at a dotted path ("custom.a", "list.0").
  Node ok(const std::string& yaml) {
    std::optional<Node> out = resolve(yaml);
    EXPECT_TRUE(out) << errors();
    return out ? *out : Node();
  }

  // Resolves and expects exactly one error, which it returns.
  Diagnostic fails(const std::string& yaml) {
    std::optional<Node> out = resolve(yaml);
    EXPECT_FALSE(out);
    EXPECT_EQ(diagnostics.errorCount(), 1u) << errors();
    if (diagnostics.items().empty()) return Diagnostic{};
    return diagnostics.items().front();
  }

  std::string errors() const {
    std::string out;
    for (const auto& d : diagnostics.items())
      out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
             d.message + " [" + d.code + "]\n";
    return out;
  }

  static const Node& at(const Node& root, const std::string& dotted) {
    static const Node none;
    const Node* node = &root;
    std::size_t begin = 0;
    while (node && begin <= dotted.size()) {
      std::size_t dot = dotted.find('.', begin);
      std::string key = dotted.substr(begin, dot == std::string::npos ? std::string::npos
                                                                       : dot - begin);
      if (node->isSeq()) {
        std::size_t index = std::stoul(key);
        node = index < node->items().size() ? &node->items()[index] : nullptr;
      } else {
        node = node->get(key);
      }
      if (dot == std::string::npos) break;
      begin = dot + 1;
    }
    EXPECT_TRUE(node) << "no value at " << dotted;
    return node ? *node : none;
  }

  static std::string text(const Node& root, const std::string& dotted) {
    return at(root, dotted).text();
  }

  SourceSet sources;
  LinkingReader reader;
  Diagnostics diagnostics;
  ResolveContext context;
  std::map<std::string, std::string> environment;
};

// --- self -----------------------------------------------------------------------------------

TEST_F(Vars, SelfReadsAnyValueOfTheServiceFile) {
  Node root = ok(
      "service: chat\n"
      "provider:\n  name: aws\n  stage: beta\n"
      "custom:\n  list: [a, b, c]\n  deep: {x: {y: z}}\n"
      "out:\n"
      "  name: ${self:service}\n"
      "  stage: ${self:provider.stage}\n"
      "  item: ${self:custom.list.1}\n"
      "  deep: ${self:custom.deep.x.y}\n");
  EXPECT_EQ(text(root, "out.name"), "chat");
  EXPECT_EQ(text(root, "out.stage"), "beta");
  EXPECT_EQ(text(root, "out.item"), "b");
  EXPECT_EQ(text(root, "out.deep"), "z");
}

TEST_F(Vars, SelfSeesResolvedValuesInAnyOrder) {
  Node root = ok(
      "first: ${self:custom.second}-x\n"
      "custom:\n"
      "  second: ${self:custom.third}\n"
      "  third: ${opt:stage, 'dev'}\n");
  EXPECT_EQ(text(root, "first"), "dev-x");
  EXPECT_EQ(text(root, "custom.second"), "dev");
}

TEST_F(Vars, SelfIntoAValueThatAVariablePlaced) {
  addFile("custom.yml", "memory: 512\nname: ${self:service}-fn\n");
  Node root = ok(
      "service: chat\n"
      "custom: ${file(./custom.yml)}\n"
      "memory: ${self:custom.memory}\n"
      "name: ${self:custom.name}\n");
  EXPECT_EQ(at(root, "memory").scalarType(), ScalarType::Int);
  EXPECT_EQ(text(root, "name"), "chat-fn");
}

// --- typed substitution ---------------------------------------------------------------------

TEST_F(Vars, WholeValueSubstitutionKeepsTheType) {
  Node root = ok(
      "custom:\n"
      "  memory: 512\n  ratio: 1.5\n  on: true\n  nothing: ~\n  quoted: '512'\n"
      "  map: {a: 1, b: [x, y]}\n  list: [1, two]\n"
      "  ref: !Ref MyTable\n  arn: !GetAtt MyTable.Arn\n"
      "out:\n"
      "  memory: ${self:custom.memory}\n"
      "  ratio: ${self:custom.ratio}\n"
      "  on: ${self:custom.on}\n"
      "  quoted: ${self:custom.quoted}\n"
      "  map: ${self:custom.map}\n"
      "  list: ${self:custom.list}\n"
      "  ref: ${self:custom.ref}\n"
      "  arn: ${self:custom.arn}\n");
  EXPECT_EQ(at(root, "out.memory").scalarType(), ScalarType::Int);
  EXPECT_EQ(at(root, "out.memory").asInt(), 512);
  EXPECT_EQ(at(root, "out.ratio").scalarType(), ScalarType::Float);
  EXPECT_EQ(at(root, "out.on").scalarType(), ScalarType::Bool);
  EXPECT_EQ(at(root, "out.quoted").scalarType(), ScalarType::String);
  ASSERT_TRUE(at(root, "out.map").isMap());
  EXPECT_EQ(at(root, "out.map.a").asInt(), 1);
  EXPECT_EQ(text(root, "out.map.b.1"), "y");
  ASSERT_TRUE(at(root, "out.list").isSeq());
  EXPECT_EQ(at(root, "out.list").items().size(), 2u);
  EXPECT_EQ(text(root, "out.ref.Ref"), "MyTable");
  EXPECT_EQ(text(root, "out.arn.Fn::GetAtt.1"), "Arn");
}

TEST_F(Vars, CommandLineAndEnvironmentValuesAreStrings) {
  context.opts["memory"] = "256";
  environment["FLAG"] = "true";
  Node root = ok("memory: ${opt:memory}\nflag: ${env:FLAG}\n");
  EXPECT_EQ(at(root, "memory").scalarType(), ScalarType::String);
  EXPECT_EQ(text(root, "memory"), "256");
  EXPECT_EQ(at(root, "flag").scalarType(), ScalarType::String);
}

// --- opt, env -------------------------------------------------------------------------------

TEST_F(Vars, OptReadsStageRegionAndOpts) {
  context.stage = "prod";
  context.region = "eu-west-1";
  context.opts["memory"] = "256";
  Node root = ok(
      "stage: ${opt:stage}\nregion: ${opt:region}\nmemory: ${opt:memory}\nall: ${opt:}\n");
  EXPECT_EQ(text(root, "stage"), "prod");
  EXPECT_EQ(text(root, "region"), "eu-west-1");
  EXPECT_EQ(text(root, "memory"), "256");
  EXPECT_EQ(text(root, "all.stage"), "prod");
  EXPECT_EQ(text(root, "all.memory"), "256");
}

TEST_F(Vars, OptNotGivenIsAnErrorNamingTheVariable) {
  Diagnostic d = fails("provider:\n  stage: ${opt:stage}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 10);
  EXPECT_EQ(d.length, 12);
  EXPECT_NE(d.message.find("'${opt:stage}'"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("--stage was not given"), std::string::npos) << d.message;
  EXPECT_EQ(d.path, "provider.stage");
}

TEST_F(Vars, EnvReadsTheEnvironment) {
  environment["TABLE"] = "chat-table";
  environment["EMPTY"] = "";
  Node root = ok("a: ${env:TABLE}\nb: x${env:EMPTY, 'unused'}y\nc: ${env:UNSET, 'fallback'}\n");
  EXPECT_EQ(text(root, "a"), "chat-table");
  EXPECT_EQ(text(root, "b"), "xy");
  EXPECT_EQ(text(root, "c"), "fallback");
}

TEST_F(Vars, EnvUnsetIsAnError) {
  Diagnostic d = fails("a: ${env:NOPE}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_NE(d.message.find("environment variable 'NOPE' is not set"), std::string::npos);
}

// --- sls ------------------------------------------------------------------------------------

TEST_F(Vars, SlsStagePrefersTheOptionThenProviderStageThenDev) {
  EXPECT_EQ(text(ok("provider:\n  stage: qa\ns: ${sls:stage}\n"), "s"), "qa");
  EXPECT_EQ(text(ok("provider:\n  stage: ${opt:stage, 'x'}\ns: ${sls:stage}\n"), "s"), "x");
  EXPECT_EQ(text(ok("s: ${sls:stage}\n"), "s"), "dev");
  context.stage = "prod";
  EXPECT_EQ(text(ok("provider:\n  stage: qa\ns: ${sls:stage}\n"), "s"), "prod");
}

TEST_F(Vars, SlsInstanceIdIsStablePerServiceAndStage) {
  std::string yaml = "service: chat\nid: ${sls:instanceId}\n";
  std::string first = text(ok(yaml), "id");
  std::string again = text(ok(yaml), "id");
  EXPECT_EQ(first.size(), 16u);
  EXPECT_EQ(first.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(first, again);
  context.stage = "prod";
  EXPECT_NE(text(ok(yaml), "id"), first);
}

TEST_F(Vars, AwsRegionNeedsNoAws) {
  EXPECT_EQ(text(ok("provider:\n  region: eu-west-3\nr: ${aws:region}\n"), "r"), "eu-west-3");
  EXPECT_EQ(text(ok("r: ${aws:region}\n"), "r"), "us-east-1");
  context.region = "ap-south-1";
  EXPECT_EQ(text(ok("provider:\n  region: eu-west-3\nr: ${aws:region}\n"), "r"), "ap-south-1");
}

// --- param ----------------------------------------------------------------------------------

TEST_F(Vars, ParamOrderIsCommandLineThenStageThenDefault) {
  std::string yaml =
      "provider:\n  stage: prod\n"
      "params:\n"
      "  prod: {domain: prod.example.com, size: 3}\n"
      "  default: {domain: example.com, size: 1, region: eu-west-1}\n"
      "domain: ${param:domain}\nsize: ${param:size}\nregion: ${param:region}\n";
  Node root = ok(yaml);
  EXPECT_EQ(text(root, "domain"), "prod.example.com");
  EXPECT_EQ(at(root, "size").asInt(), 3);
  EXPECT_EQ(text(root, "region"), "eu-west-1");
  context.params["domain"] = "cli.example.com";
  context.stage = "dev";
  root = ok(yaml);
  EXPECT_EQ(text(root, "domain"), "cli.example.com");
  EXPECT_EQ(at(root, "size").asInt(), 1);
}

TEST_F(Vars, ParamMissingIsAnError) {
  Diagnostic d = fails("params:\n  default: {}\nkey: ${param:apiKey}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_EQ(d.line, 3);
  EXPECT_NE(d.message.find("--param apiKey=VALUE"), std::string::npos) << d.message;
}

// --- file -----------------------------------------------------------------------------------

TEST_F(Vars, FileReadsYamlAndJson) {
  addFile("config/dev.yml", "memory: 1024\nnames: [a, b]\n");
  addFile("config/settings.json", "{\n\t\"timeout\": 30,\n\t\"nested\": {\"key\": \"v\"}\n}\n");
  addFile("policy.txt", "plain text\n");
  Node root = ok(
      "whole: ${file(./config/dev.yml)}\n"
      "memory: ${file(config/dev.yml):memory}\n"
      "stage: ${file(./config/${opt:stage, 'dev'}.yml):names.1}\n"
      "timeout: ${file(./config/settings.json):timeout}\n"
      "nested: ${file(./config/settings.json):nested.key}\n"
      "text: ${file(./policy.txt)}\n");
  EXPECT_EQ(at(root, "whole.memory").asInt(), 1024);
  EXPECT_EQ(at(root, "whole.memory").path(), "whole.memory");
  EXPECT_EQ(at(root, "memory").scalarType(), ScalarType::Int);
  EXPECT_EQ(text(root, "stage"), "b");
  EXPECT_EQ(at(root, "timeout").asInt(), 30);
  EXPECT_EQ(text(root, "nested"), "v");
  EXPECT_EQ(text(root, "text"), "plain text\n");
}

TEST_F(Vars, FileVariablesResolveAgainstTheServiceFile) {
  addFile("resources.yml",
          "Resources:\n"
          "  Table:\n"
          "    Type: AWS::DynamoDB::Table\n"
          "    Properties:\n"
          "      TableName: ${self:service}-${sls:stage}\n"
          "      Billing: ${self:custom.billing}\n");
  Node root = ok(
      "service: chat\n"
      "custom:\n  billing: PAY_PER_REQUEST\n"
      "resources: ${file(./resources.yml)}\n");
  EXPECT_EQ(text(root, "resources.Resources.Table.Properties.TableName"), "chat-dev");
  EXPECT_EQ(text(root, "resources.Resources.Table.Properties.Billing"), "PAY_PER_REQUEST");
}

TEST_F(Vars, FileValuesKeepTheirPositionInTheIncludedFile) {
  addFile("custom.yml", "a:\n  b: 7\n");
  Node root = ok("custom: ${file(./custom.yml)}\n");
  const Node& b = at(root, "custom.a.b");
  ASSERT_TRUE(b.location().file);
  EXPECT_EQ(b.location().file->name(), "custom.yml");
  EXPECT_EQ(b.location().line, 2);
  EXPECT_EQ(b.location().column, 6);
  EXPECT_EQ(b.path(), "custom.a.b");
  EXPECT_EQ(at(root, "custom").location().line, 1);
  EXPECT_EQ(at(root, "custom").location().file->name(), "serverless.yml");
}

TEST_F(Vars, FileMissingIsAnErrorAtTheVariable) {
  Diagnostic d = fails("service: chat\ncustom:\n  x: ${file(./nope.yml)}\n");
  EXPECT_EQ(d.code, "var-file-missing");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 6);
  EXPECT_NE(d.message.find("'${file(./nope.yml)}'"), std::string::npos) << d.message;
}

TEST_F(Vars, FileMissingFallsThroughToTheFallback) {
  addFile("config.default.yml", "memory: 128\n");
  Node root = ok(
      "memory: ${file(./config.prod.yml):memory, file(./config.default.yml):memory}\n");
  EXPECT_EQ(at(root, "memory").asInt(), 128);
}

TEST_F(Vars, FileOutsideTheServiceFolderIsAnError) {
  reader.files.add("/etc/secret.yml", "a: 1\n");
  Diagnostic d = fails("a: ${file(../etc/secret.yml):a}\n");
  EXPECT_EQ(d.code, "var-file-escape");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 4);
}

TEST_F(Vars, FileLinkingOutsideTheServiceFolderIsAnError) {
  reader.files.add("/etc/secret.yml", "a: 1\n");
  reader.links["/svc/link.yml"] = "/etc/secret.yml";
  Diagnostic d = fails("a: ${file(./link.yml):a}\n");
  EXPECT_EQ(d.code, "var-file-escape");
  EXPECT_NE(d.message.find("links outside"), std::string::npos);
}

TEST_F(Vars, JavaScriptFilesAreAnError) {
  addFile("config.js", "module.exports = {a: 1}\n");
  Diagnostic d = fails("x: 1\na: ${file(./config.js):a}\n");
  EXPECT_EQ(d.code, "var-js-file");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 4);
}

TEST_F(Vars, AnInvalidIncludedFileIsReportedInThatFile) {
  addFile("bad.yml", "a: [1, 2\n");
  std::optional<Node> out = resolve("x: ${file(./bad.yml)}\n");
  EXPECT_FALSE(out);
  ASSERT_FALSE(diagnostics.items().empty());
  EXPECT_EQ(diagnostics.items()[0].file, "bad.yml");
}

// --- strToBool ------------------------------------------------------------------------------

TEST_F(Vars, StrToBool) {
  environment["ON"] = " TRUE ";
  Node root = ok(
      "a: ${strToBool(true)}\nb: ${strToBool(0)}\nc: ${strToBool(${env:ON})}\n"
      "d: ${strToBool('False')}\n");
  EXPECT_EQ(at(root, "a").asBool(), true);
  EXPECT_EQ(at(root, "b").asBool(), false);
  EXPECT_EQ(at(root, "c").asBool(), true);
  EXPECT_EQ(at(root, "d").asBool(), false);
  Diagnostic d = fails("a: ${strToBool(maybe)}\n");
  EXPECT_EQ(d.code, "var-type");
}

// --- fallbacks ------------------------------------------------------------------------------

TEST_F(Vars, FallbacksAreTriedInOrder) {
  context.opts["given"] = "g";
  Node root = ok(
      "custom:\n  nothing: null\n  value: v\n"
      "a: ${opt:missing, self:custom.nothing, self:custom.value}\n"
      "b: ${opt:missing, 'single'}\n"
      "c: ${opt:missing, \"double\"}\n"
      "d: ${opt:missing, 42}\n"
      "e: ${opt:missing, true}\n"
      "f: ${opt:given, 'unused'}\n"
      "g: ${env:NOPE, opt:missing, null}\n");
  EXPECT_EQ(text(root, "a"), "v");
  EXPECT_EQ(text(root, "b"), "single");
  EXPECT_EQ(text(root, "c"), "double");
  EXPECT_EQ(at(root, "d").scalarType(), ScalarType::Int);
  EXPECT_EQ(at(root, "e").scalarType(), ScalarType::Bool);
  EXPECT_EQ(text(root, "f"), "g");
  EXPECT_TRUE(at(root, "g").isNull());
}

TEST_F(Vars, AllFallbacksMissingNamesEveryReason) {
  Diagnostic d = fails("a: ${opt:stage, self:provider.stage}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_NE(d.message.find("--stage was not given; no value at 'provider'"), std::string::npos)
      << d.message;
}

// --- nesting and interpolation --------------------------------------------------------------

TEST_F(Vars, AnUnresolvedNestedVariableIsReportedAtItself) {
  Diagnostic d = fails("custom:\n  dev: 1\nx: ${self:custom.${opt:size}}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 18);
  EXPECT_EQ(d.length, 11);
  EXPECT_NE(d.message.find("'${opt:size}'"), std::string::npos) << d.message;
}

TEST_F(Vars, NestedVariables) {
  context.stage = "prod";
  Node root = ok(
      "custom:\n  dev: {memory: 128}\n  prod: {memory: 1024}\n"
      "memory: ${self:custom.${opt:stage, 'dev'}.memory}\n"
      "other: ${self:custom.${opt:nope, 'dev'}.memory}\n");
  EXPECT_EQ(at(root, "memory").asInt(), 1024);
  EXPECT_EQ(at(root, "other").asInt(), 128);
}

TEST_F(Vars, Interpolation) {
  context.stage = "prod";
  Node root = ok(
      "service: chat\n"
      "custom:\n  n: 512\n  f: 1.50\n  b: True\n  hex: 0x10\n"
      "a: prefix-${self:service}-${sls:stage}\n"
      "b: '${self:custom.n}MB ${self:custom.f} ${self:custom.b} ${self:custom.hex}'\n"
      "c: ${self:custom.n}${self:custom.n}\n");
  EXPECT_EQ(text(root, "a"), "prefix-chat-prod");
  EXPECT_EQ(text(root, "b"), "512MB 1.5 true 16");
  EXPECT_EQ(text(root, "c"), "512512");
  EXPECT_EQ(at(root, "c").scalarType(), ScalarType::String);
}

TEST_F(Vars, InterpolatingAMapIsAnError) {
  Diagnostic d = fails("custom:\n  m: {a: 1}\nname: x-${self:custom.m}\n");
  EXPECT_EQ(d.code, "var-type");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 9);
  EXPECT_EQ(d.length, 16);
  EXPECT_NE(d.message.find("a map"), std::string::npos);
}

TEST_F(Vars, ResolvedStringsAreReadForVariablesAgain) {
  environment["NAME"] = "${self:service}-x";
  EXPECT_EQ(text(ok("service: chat\na: ${env:NAME}\n"), "a"), "chat-x");
}

// --- what is not a variable -----------------------------------------------------------------

TEST_F(Vars, CloudFormationSubstitutionsAndPseudoParametersStay) {
  Node root = ok(
      "service: chat\n"
      "a:\n  Fn::Sub: arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:"
      "${WebsocketsApi}/*\n"
      "b: !Sub '${Table.Arn}/index/${self:service}'\n"
      "c: '#{AWS::Region}'\n"
      "d: ${stage}\n"
      "e: \\${self:service}\n"
      "f: cost $5\n");
  EXPECT_EQ(text(root, "a.Fn::Sub"),
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:"
            "${WebsocketsApi}/*");
  EXPECT_EQ(text(root, "b.Fn::Sub"), "${Table.Arn}/index/chat");
  EXPECT_EQ(text(root, "c"), "#{AWS::Region}");
  EXPECT_EQ(text(root, "d"), "${stage}");
  EXPECT_EQ(text(root, "e"), "${self:service}");
  EXPECT_EQ(text(root, "f"), "cost $5");
}

TEST_F(Vars, EscapesAndDollarsReadAsTheReferenceReadsThem) {
  Node root = ok(
      "x: X\n"
      "a: \\\\${self:x}\n"      // an escaped backslash, then a variable
      "b: \\\\\\${self:x}\n"    // an escaped backslash, then an escaped ${
      "c: pre $${self:x}\n"    // the variable takes the whole run of $
      "d: $\\${self:x}\n");    // a $ takes the character after it
  EXPECT_EQ(text(root, "a"), "\\X");
  EXPECT_EQ(text(root, "b"), "\\${self:x}");
  EXPECT_EQ(text(root, "c"), "pre X");
  EXPECT_EQ(text(root, "d"), "$\\X");
}

// --- positions ------------------------------------------------------------------------------

TEST_F(Vars, ResolvedValuesKeepThePositionOfTheVariable) {
  Node root = ok(
      "custom:\n  memory: 512\n"
      "functions:\n  chat:\n    memorySize: ${self:custom.memory}\n"
      "    name: x-${self:custom.memory}\n");
  const Node& memory = at(root, "functions.chat.memorySize");
  EXPECT_EQ(memory.location().line, 5);
  EXPECT_EQ(memory.location().column, 17);
  EXPECT_EQ(memory.path(), "functions.chat.memorySize");
  const Node& name = at(root, "functions.chat.name");
  EXPECT_EQ(name.location().line, 6);
  EXPECT_EQ(name.location().column, 11);
  EXPECT_EQ(name.path(), "functions.chat.name");
}

TEST_F(Vars, PlacedMapsGetTheirNewPaths) {
  Node root = ok("custom:\n  events: [{websocket: $connect}]\nfns:\n  a:\n    events: "
                 "${self:custom.events}\n");
  const Node& route = at(root, "fns.a.events.0.websocket");
  EXPECT_EQ(route.path(), "fns.a.events[0].websocket");
  EXPECT_EQ(route.location().line, 2);  // where the user wrote it
  EXPECT_EQ(at(root, "fns.a.events").location().line, 5);
}

TEST_F(Vars, ErrorsPointInsideQuotedScalars) {
  Diagnostic d = fails("a: \"x-${self:nope}\"\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_EQ(d.column, 7);
  EXPECT_EQ(d.length, 12);
}

// --- errors ---------------------------------------------------------------------------------

TEST_F(Vars, UnresolvedSelf) {
  Diagnostic d = fails("custom:\n  a: 1\nx: ${self:custom.b}\n");
  EXPECT_EQ(d.code, "var-unresolved");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 4);
  EXPECT_NE(d.message.find("no value at 'custom.b'"), std::string::npos) << d.message;
}

TEST_F(Vars, CycleIsAnErrorNamingTheCycle) {
  Diagnostic d = fails("a: ${self:b}\nb: ${self:a}\nc: ${self:a}\n");
  EXPECT_EQ(d.code, "var-cycle");
  EXPECT_EQ(d.line, 2);
  EXPECT_NE(d.message.find("a -> b -> a"), std::string::npos) << d.message;
}

TEST_F(Vars, SelfReferenceAndAncestorReference) {
  Diagnostic d = fails("a: ${self:a, 'x'}\n");
  EXPECT_EQ(d.code, "var-cycle");
  EXPECT_NE(d.message.find("its own value at a"), std::string::npos) << d.message;
  diagnostics = Diagnostics();
  d = fails("custom:\n  a: ${self:custom}\n");
  EXPECT_EQ(d.code, "var-cycle");
  EXPECT_NE(d.message.find("which contains custom.a"), std::string::npos) << d.message;
}

TEST_F(Vars, StageCycleWithoutTheOption) {
  Diagnostic d = fails("provider:\n  stage: ${sls:stage}\n");
  EXPECT_EQ(d.code, "var-cycle");
  context.stage = "prod";
  diagnostics = Diagnostics();
  EXPECT_EQ(text(ok("provider:\n  stage: ${sls:stage}\n"), "provider.stage"), "prod");
}

TEST_F(Vars, AwsSourcesSayHowToPassTheValue) {
  Diagnostic d = fails("service: chat\nprovider:\n  environment:\n    DB: ${ssm:/chat/db-url}\n");
  EXPECT_EQ(d.code, "var-aws-source");
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 9);
  EXPECT_NE(d.message.find("--param"), std::string::npos);
  EXPECT_NE(d.message.find("${env:NAME, ssm:/chat/db-url}"), std::string::npos) << d.message;
  for (std::string variable : {"${cf:stack.Output}", "${s3:bucket/key}", "${aws:accountId}",
                               "${ssm(us-east-1):/x}"}) {
    diagnostics = Diagnostics();
    EXPECT_EQ(fails("a: " + variable + "\n").code, "var-aws-source") << variable;
  }
}

TEST_F(Vars, AwsSourceNotReachedIsNoError) {
  environment["DB"] = "postgres://";
  EXPECT_EQ(text(ok("a: ${env:DB, ssm:/chat/db}\n"), "a"), "postgres://");
}

TEST_F(Vars, UnknownSource) {
  Diagnostic d = fails("a: ${foo:bar}\n");
  EXPECT_EQ(d.code, "var-unknown-source");
}

TEST_F(Vars, SyntaxErrors) {
  for (std::string value : {"${self:a", "${opt:stage, ${self:b}}", "${opt:a, 'x', 'y'}",
                            "${opt:a, 12abc}", "${self:custom.${Foo}}", "${file(a}"}) {
    diagnostics = Diagnostics();
    Diagnostic d = fails("a: \"" + value + "\"\n");
    EXPECT_EQ(d.code, "var-syntax") << value << ": " << d.message;
    EXPECT_EQ(d.line, 1);
  }
}

TEST_F(Vars, DeepChainsStopAtTheDepthLimit) {
  std::string yaml;
  for (int i = 0; i < 60; ++i)
    yaml += fmt::format("a{}: ${{self:a{}}}\n", i, i + 1);
  yaml += "a60: end\n";
  Diagnostic d = fails(yaml);
  EXPECT_EQ(d.code, "var-too-deep");
  EXPECT_GT(d.line, 0);
}

TEST_F(Vars, DeeplyNestedVariableText) {
  std::string value;
  for (int i = 0; i < 100; ++i) value += "${self:";
  value += "x";
  for (int i = 0; i < 100; ++i) value += "}";
  Diagnostic d = fails("a: '" + value + "'\n");
  EXPECT_EQ(d.code, "var-too-deep");
}

TEST_F(Vars, ExponentialExpansionStopsAtTheSizeLimit) {
  std::string yaml = "l0: [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 12; ++i) {
    std::string previous = fmt::format("'${{self:l{}}}'", i - 1);
    yaml += fmt::format("l{}: [", i);
    for (int j = 0; j < 10; ++j) yaml += (j ? ", " : "") + previous;
    yaml += "]\n";
  }
  Diagnostic d = fails(yaml);
  EXPECT_EQ(d.code, "var-too-large");
  EXPECT_GT(d.line, 1);
}

TEST_F(Vars, ExponentialStringsStopAtTheSizeLimit) {
  context.maxOutputBytes = 1u << 20;
  std::string yaml = "s0: lollollollollollollollollollol\n";
  for (int i = 1; i < 40; ++i) {
    std::string previous = fmt::format("${{self:s{}}}", i - 1);
    yaml += fmt::format("s{}: {}{}\n", i, previous, previous);
  }
  EXPECT_EQ(fails(yaml).code, "var-too-large");
}

TEST_F(Vars, AFileThatIncludesItselfStops) {
  addFile("loop.yml", "again: ${file(./loop.yml)}\n");
  Diagnostic d = fails("custom: ${file(./loop.yml)}\n");
  EXPECT_EQ(d.code, "var-too-deep");
}

TEST_F(Vars, AnEnvironmentValueThatNamesItselfStops) {
  environment["LOOP"] = "${env:LOOP}";
  EXPECT_EQ(fails("a: ${env:LOOP}\n").code, "var-too-deep");
}

TEST_F(Vars, EveryErrorIsReported) {
  std::optional<Node> out = resolve("a: ${self:nope}\nb: ${env:NOPE}\nc: ${ssm:/x}\n");
  EXPECT_FALSE(out);
  EXPECT_EQ(diagnostics.errorCount(), 3u) << errors();
}

TEST_F(Vars, TheInputTreeIsNotChanged) {
  const SourceFile& file = sources.add("serverless.yml", "service: chat\nname: ${self:service}\n");
  std::optional<Node> root = loadYaml(file, diagnostics);
  ASSERT_TRUE(root);
  std::optional<Node> out = resolveVariables(*root, context, diagnostics);
  ASSERT_TRUE(out);
  EXPECT_EQ(root->get("name")->text(), "${self:service}");
  EXPECT_EQ(out->get("name")->text(), "chat");
}

}  // namespace
}  // namespace slsc
