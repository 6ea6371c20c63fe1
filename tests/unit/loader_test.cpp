// The loader: positions, paths, scalar types, CloudFormation short forms, duplicate keys,
// merge keys and the expansion limit.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "source/loader.h"

namespace slsc {
namespace {

struct Loaded {
  SourceSet sources;
  Diagnostics diagnostics;
  std::optional<Node> root;
};

std::unique_ptr<Loaded> load(const std::string& text, LoadLimits limits = {}) {
  auto out = std::make_unique<Loaded>();
  out->root = loadYaml(out->sources.add("serverless.yml", text), out->diagnostics, limits);
  return out;
}

TEST(Loader, KeepsOneBasedPositionsAndPaths) {
  auto l = load("service: chat\nfunctions:\n  connect:\n    handler: h.connect\n");
  ASSERT_TRUE(l->root);
  const Node* handler = l->root->get("functions")->get("connect")->get("handler");
  ASSERT_TRUE(handler);
  EXPECT_EQ(handler->location().line, 4);
  EXPECT_EQ(handler->location().column, 14);
  EXPECT_EQ(handler->path(), "functions.connect.handler");
  EXPECT_EQ(l->root->get("functions")->entry("connect")->keyAt.line, 3);
  EXPECT_EQ(l->root->get("functions")->entry("connect")->keyAt.column, 3);
}

TEST(Loader, TypesScalarsByTheCoreSchema) {
  auto l = load("a: 128\nb: '128'\nc: true\nd: ~\ne: 1.5\nf: text\ng: 0x1F\nh:\n");
  ASSERT_TRUE(l->root);
  EXPECT_EQ(l->root->get("a")->scalarType(), ScalarType::Int);
  EXPECT_EQ(l->root->get("b")->scalarType(), ScalarType::String);
  EXPECT_EQ(l->root->get("c")->scalarType(), ScalarType::Bool);
  EXPECT_TRUE(l->root->get("d")->isNull());
  EXPECT_EQ(l->root->get("e")->scalarType(), ScalarType::Float);
  EXPECT_EQ(l->root->get("f")->scalarType(), ScalarType::String);
  EXPECT_EQ(*l->root->get("g")->asInt(), 31);
  EXPECT_TRUE(l->root->get("h")->isNull());
}

TEST(Loader, TypesFloatsByTheCoreSchemaPattern) {
  for (const char* text : {"1.5", ".5", "5.", "1e3", "-1.2E-3", "+.5e+2", "007.", "-.inf", ".NaN"})
    EXPECT_EQ(Node::scalar(text, false, {}).scalarType(), ScalarType::Float) << text;
  for (const char* text : {".", "e3", "1e", "1.2.3", "-", "+.", "1e+", "1.5x", " 1.5", "1,5"})
    EXPECT_EQ(Node::scalar(text, false, {}).scalarType(), ScalarType::String) << text;
  EXPECT_EQ(Node::scalar("12", false, {}).scalarType(), ScalarType::Int);
}

TEST(Loader, ItemPaths) {
  auto l = load("events:\n  - websocket: $connect\n");
  ASSERT_TRUE(l->root);
  EXPECT_EQ(l->root->get("events")->items()[0].get("websocket")->path(), "events[0].websocket");
}

TEST(Loader, ShortFormTagsBecomeLongForms) {
  auto l = load(
      "a: !Ref Table\n"
      "b: !GetAtt Table.Arn\n"
      "c: !GetAtt [Table, StreamArn]\n"
      "d: !Sub 'arn:${AWS::Partition}:x'\n"
      "e: !Join ['', [a, !Ref B]]\n"
      "f: !If [Cond, !Ref A, !Ref AWS::NoValue]\n"
      "g: !ImportValue shared-id\n"
      "h: !Condition IsProd\n"
      "i: !GetAtt Table.Attr.With.Dots\n");
  ASSERT_TRUE(l->root) << (l->diagnostics.items().empty() ? "" : l->diagnostics.items()[0].message);
  EXPECT_EQ(l->root->get("a")->get("Ref")->text(), "Table");
  const Node* b = l->root->get("b")->get("Fn::GetAtt");
  ASSERT_TRUE(b && b->isSeq());
  EXPECT_EQ(b->items()[0].text(), "Table");
  EXPECT_EQ(b->items()[1].text(), "Arn");
  EXPECT_EQ(l->root->get("c")->get("Fn::GetAtt")->items()[1].text(), "StreamArn");
  EXPECT_EQ(l->root->get("d")->get("Fn::Sub")->text(), "arn:${AWS::Partition}:x");
  const Node* join = l->root->get("e")->get("Fn::Join");
  EXPECT_EQ(join->items()[1].items()[1].get("Ref")->text(), "B");
  EXPECT_EQ(l->root->get("f")->get("Fn::If")->items()[2].get("Ref")->text(), "AWS::NoValue");
  EXPECT_EQ(l->root->get("g")->get("Fn::ImportValue")->text(), "shared-id");
  EXPECT_EQ(l->root->get("h")->get("Condition")->text(), "IsProd");
  EXPECT_EQ(l->root->get("i")->get("Fn::GetAtt")->items()[1].text(), "Attr.With.Dots");
}

TEST(Loader, EveryShortFormTag) {
  for (const char* tag : {"Select", "Split", "Equals", "Not", "And", "Or", "FindInMap", "Base64",
                          "Cidr", "GetAZs"}) {
    auto l = load(std::string("a: !") + tag + " [x, y]\n");
    ASSERT_TRUE(l->root) << tag;
    EXPECT_TRUE(l->root->get("a")->get(std::string("Fn::") + tag)) << tag;
  }
}

TEST(Loader, DuplicateKeysAreErrorsAtTheSecondKey) {
  auto l = load("service: a\nprovider:\n  name: aws\n  name: gcp\n");
  EXPECT_FALSE(l->root);
  ASSERT_EQ(l->diagnostics.items().size(), 1u);
  const Diagnostic& d = l->diagnostics.items()[0];
  EXPECT_EQ(d.code, "yaml-duplicate-key");
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 3);
}

// A large map finds its keys through an index (past 16 entries) instead of a search: the same
// duplicates, first lines and merges either way.
TEST(Loader, LargeMapsFindDuplicateAndMergedKeysToo) {
  std::string text = "base: &b {k3: merged, extra: merged}\nbig:\n";
  for (int i = 0; i < 40; ++i) text += "  k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  text += "  <<: *b\n  k3: again\n";  // line 44
  auto l = load(text);
  ASSERT_EQ(l->diagnostics.items().size(), 1u);
  const Diagnostic& d = l->diagnostics.items()[0];
  EXPECT_EQ(d.code, "yaml-duplicate-key");
  EXPECT_EQ(d.message, "duplicate key 'k3' (first defined on line 6)");
  EXPECT_EQ(d.line, 44);
  EXPECT_EQ(d.path, "big.k3");

  auto merged = load(text.substr(0, text.rfind("  k3: again")));
  ASSERT_TRUE(merged->root);
  const Node* big = merged->root->get("big");
  ASSERT_EQ(big->entries().size(), 41u);
  EXPECT_EQ(big->get("k3")->text(), "3");  // written keys win over merged ones
  EXPECT_EQ(big->get("extra")->text(), "merged");
  EXPECT_EQ(big->get("extra")->path(), "big.extra");
  EXPECT_EQ(big->entry("k39")->keyAt.path, "big.k39");
}

TEST(Loader, MalformedYamlIsAnErrorWithAPosition) {
  auto l = load("service: a\nprovider: [\n");
  EXPECT_FALSE(l->root);
  ASSERT_FALSE(l->diagnostics.items().empty());
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-syntax");
  EXPECT_GT(l->diagnostics.items()[0].line, 0);
}

TEST(Loader, UnknownTagsAreErrors) {
  auto l = load("a: !Foo bar\n");
  EXPECT_FALSE(l->root);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-unknown-tag");
}

TEST(Loader, MergeKeysKeepExplicitKeys) {
  auto l = load("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n");
  ASSERT_TRUE(l->root);
  EXPECT_EQ(l->root->get("use")->get("x")->text(), "1");
  EXPECT_EQ(l->root->get("use")->get("y")->text(), "3");
}

TEST(Loader, MergeListEarlierMapsWin) {
  auto l = load("a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nuse:\n  <<: [*a, *b]\n  x: 0\n");
  ASSERT_TRUE(l->root);
  const Node* use = l->root->get("use");
  EXPECT_EQ(use->get("x")->text(), "0");
  EXPECT_EQ(use->get("y")->text(), "2");
  EXPECT_EQ(use->get("z")->text(), "4");
  EXPECT_EQ(use->get("z")->path(), "use.z");
}

TEST(Loader, MergeOfAScalarIsAnErrorAtTheMergeKey) {
  auto l = load("a: &a 1\nuse:\n  <<: *a\n");
  EXPECT_FALSE(l->root);
  ASSERT_EQ(l->diagnostics.items().size(), 1u);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-merge");
  EXPECT_EQ(l->diagnostics.items()[0].line, 3);
  EXPECT_EQ(l->diagnostics.items()[0].column, 3);
}

TEST(Loader, AliasCopiesTakeThePathOfTheirPlace) {
  auto l = load("base: &b {memory: 128}\nfunctions:\n  f: *b\n");
  ASSERT_TRUE(l->root);
  const Node* memory = l->root->get("functions")->get("f")->get("memory");
  ASSERT_TRUE(memory);
  EXPECT_EQ(memory->path(), "functions.f.memory");
  EXPECT_EQ(memory->location().line, 1);  // the text that wrote it
}

TEST(Loader, RecursiveAliasIsAnError) {
  auto l = load("a: &a\n  self: *a\n");
  EXPECT_FALSE(l->root);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-recursive-alias");
}

TEST(Loader, SecondDocumentIsAnError) {
  auto l = load("a: 1\n---\nb: 2\n");
  EXPECT_FALSE(l->root);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-multiple-documents");
  EXPECT_EQ(l->diagnostics.items()[0].line, 2);
}

TEST(Loader, EmptyDocumentIsNull) {
  auto l = load("# only a comment\n");
  ASSERT_TRUE(l->root);
  EXPECT_TRUE(l->root->isNull());
}

// Anchors nested in anchors keep a copy per level: the copies count against the alias budget.
TEST(Loader, NestedAnchorsAreBounded) {
  std::string zeros;
  for (int i = 0; i < 5000; ++i) zeros += i ? ",0" : "0";
  std::string text = "x: ";
  for (int i = 0; i < 150; ++i) text += "&a" + std::to_string(i) + " [";
  text += zeros + std::string(150, ']') + "\n";
  LoadLimits limits;
  limits.maxAliasValues = 100000;
  auto l = load(text, limits);
  EXPECT_FALSE(l->root);
  ASSERT_FALSE(l->diagnostics.items().empty());
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-too-large");
}

// An alias places its whole value where it stands: the depth limit counts it.
TEST(Loader, AliasesCannotNestPastTheDepthLimit) {
  std::string text;
  std::string previous = "0";
  for (int link = 0; link < 4; ++link) {
    std::string name = fmt::format("a{}", link);
    text += fmt::format("k{}: &{} {}{}{}\n", link, name, std::string(60, '['), previous,
                        std::string(60, ']'));
    previous = fmt::format("*{}", name);
  }
  auto l = load(text);
  EXPECT_FALSE(l->root);
  ASSERT_FALSE(l->diagnostics.items().empty());
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-too-deep");
}

TEST(Loader, ShortFormScalarsAreStrings) {
  auto l = load("a: !GetAZs ''\nb: !Sub '123'\nc: !Ref 42\n");
  ASSERT_TRUE(l->root);
  EXPECT_EQ(l->root->get("a")->get("Fn::GetAZs")->scalarType(), ScalarType::String);
  EXPECT_EQ(l->root->get("b")->get("Fn::Sub")->scalarType(), ScalarType::String);
  EXPECT_EQ(l->root->get("c")->get("Ref")->scalarType(), ScalarType::String);
}

TEST(Loader, NullKeysAreErrors) {
  auto l = load("a:\n  ~: 1\n");
  EXPECT_FALSE(l->root);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-complex-key");
}

TEST(Loader, LargeMergesKeepOrderAndPrecedence) {
  std::string text = "base: &b {";
  for (int i = 0; i < 20000; ++i) text += (i ? ", k" : "k") + std::to_string(i) + ": " + std::to_string(i);
  text += "}\nuse:\n  k5: own\n  <<: *b\n";
  auto l = load(text);
  ASSERT_TRUE(l->root);
  const Node* use = l->root->get("use");
  EXPECT_EQ(use->entries().size(), 20000u);
  EXPECT_EQ(use->get("k5")->text(), "own");
  EXPECT_EQ(use->get("k19999")->text(), "19999");
}

TEST(Loader, AliasExpansionIsBounded) {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  std::string previous = "a";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string name(1, c);
    text += name + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", *" : "*") + previous;
    text += "]\n";
    previous = name;
  }
  LoadLimits limits;
  limits.maxAliasValues = 100000;
  auto l = load(text, limits);
  EXPECT_FALSE(l->root);
  EXPECT_EQ(l->diagnostics.items()[0].code, "yaml-too-large");
}

}  // namespace
}  // namespace slsc
