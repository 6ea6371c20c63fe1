// validate: the service schema and the way its errors are told (type, unknown property,
// unsupported event, required, enum, range), and acceptance of the reference corpus.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "events/registry.h"
#include "schema/report.h"
#include "schema/schema_index.h"
#include "schema/schema_text.h"
#include "schema/validate.h"
#include "source/suggest.h"
#include "source/loader.h"

namespace slsc {
namespace {

struct Checked {
  bool loaded = false;
  std::vector<Diagnostic> diagnostics;
};

// Loads `text` and validates it; the SourceSet keeps the text alive for the diagnostics.
Checked check(const std::string& text, SourceSet& sources, Node* out = nullptr) {
  const SourceFile& file = sources.add("serverless.yml", text);
  Diagnostics loading;
  std::optional<Node> root = loadYaml(file, loading);
  Checked result;
  if (!root || loading.hasErrors()) return result;
  result.loaded = true;
  Diagnostics diagnostics;
  validateSchema(*root, diagnostics);
  result.diagnostics = diagnostics.take();
  if (out) *out = std::move(*root);
  return result;
}

std::vector<Diagnostic> diagnose(const std::string& text) {
  SourceSet sources;
  Checked checked = check(text, sources);
  EXPECT_TRUE(checked.loaded) << text;
  return checked.diagnostics;
}

std::string render(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += renderDiagnostic(d) + "\n";
  return out;
}

const std::string kHeader =
    "service: chat\n"
    "provider:\n"
    "  name: aws\n"
    "  runtime: nodejs20.x\n";

TEST(Schema, Parses) { EXPECT_NO_THROW(serverlessSchema()); }

TEST(Schema, AcceptsEveryWebsocketForm) {
  auto d = diagnose(kHeader +
                    "  environment:\n"
                    "    TABLE: !Ref Table\n"
                    "    COUNT: 3\n"
                    "    DEBUG: true\n"
                    "  apiGateway:\n"
                    "    websocketApiId: !ImportValue shared-api\n"
                    "  logs:\n"
                    "    websocket:\n"
                    "      level: INFO\n"
                    "  iam:\n"
                    "    role:\n"
                    "      statements:\n"
                    "        - Effect: Allow\n"
                    "          Action: dynamodb:*\n"
                    "          Resource: !GetAtt Table.Arn\n"
                    "functions:\n"
                    "  auth:\n"
                    "    handler: auth.handler\n"
                    "  chat:\n"
                    "    handler: chat.handler\n"
                    "    memorySize: 512\n"
                    "    vpc: ~\n"
                    "    events:\n"
                    "      - websocket: $default\n"
                    "      - websocket:\n"
                    "          route: $connect\n"
                    "          routeResponseSelectionExpression: $default\n"
                    "          authorizer:\n"
                    "            name: auth\n"
                    "            identitySource: route.request.header.Auth\n"
                    "      - websocket:\n"
                    "          route: $disconnect\n"
                    "      - websocket:\n"
                    "          route: send\n"
                    "resources:\n"
                    "  - Resources:\n"
                    "      Table:\n"
                    "        Type: AWS::DynamoDB::Table\n");
  EXPECT_TRUE(d.empty()) << render(d);
}

TEST(Schema, TypeErrorPointsAtTheValue) {
  auto d = diagnose(kHeader + "  memorySize: big\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].code, "schema-type");
  EXPECT_EQ(d[0].message, "'memorySize' must be a whole number or a CloudFormation function, not a string");
  EXPECT_EQ(d[0].line, 5);
  EXPECT_EQ(d[0].column, 15);
  EXPECT_EQ(d[0].path, "provider.memorySize");
}

// The reference's validator coerces "30" into 30 (values from --opt, --param and the
// environment are strings), but text that is no number stays an error.
TEST(Schema, NumericTextIsCoercedAsTheReferenceDoes) {
  EXPECT_TRUE(diagnose(kHeader + "  timeout: '30'\n").empty());
  auto d = diagnose(kHeader + "  timeout: 'thirty'\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].message, "'timeout' must be a whole number or a CloudFormation function, not a string");
}

TEST(Schema, AlternativesCollapseToTheDeepestError) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "          route: [a, b]\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-type");
  EXPECT_EQ(d[0].message, "'route' must be a route key, not a list");
  EXPECT_EQ(d[0].line, 10);
  EXPECT_EQ(d[0].column, 18);
}

TEST(Schema, TypeErrorNamesEveryAlternative) {
  auto d = diagnose(kHeader +
                    "  environment:\n"
                    "    TABLE: [a, b]\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].message,
            "'TABLE' must be a string, a number, a boolean or a CloudFormation function, not a "
            "list");
}

TEST(Schema, UnknownPropertyIsAWarningWithASuggestion) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "          route: $connect\n"
                    "          authorizr: auth\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Warning);
  EXPECT_EQ(d[0].code, "schema-unknown-property");
  EXPECT_EQ(d[0].message,
            "unknown property 'authorizr' in websocket event; did you mean 'authorizer'?");
  EXPECT_EQ(d[0].line, 11);
  EXPECT_EQ(d[0].column, 11);
  EXPECT_EQ(d[0].length, 9);
}

TEST(Schema, MisspeltRouteIsAWarningAndAMissingRoute) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "          rout: $connect\n");
  ASSERT_EQ(d.size(), 2u) << render(d);
  EXPECT_EQ(d[0].code, "schema-required");
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].message, "websocket event is missing required property 'route'");
  EXPECT_EQ(d[0].line, 9);
  EXPECT_EQ(d[1].code, "schema-unknown-property");
  EXPECT_EQ(d[1].severity, Severity::Warning);
  EXPECT_EQ(d[1].message, "unknown property 'rout' in websocket event; did you mean 'route'?");
}

TEST(Schema, RetiredRouteKeySuggestsRoute) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "          routeKey: $connect\n");
  ASSERT_EQ(d.size(), 2u) << render(d);
  EXPECT_EQ(d[1].message,
            "unknown property 'routeKey' in websocket event; did you mean 'route'?");
}

TEST(Schema, EveryUnknownPropertyOfAMapIsReported) {
  auto d = diagnose(kHeader +
                    "  websocketsApiNmae: x\n"
                    "  memorysize: 512\n"
                    "build:\n"
                    "  esbuild: true\n");
  ASSERT_EQ(d.size(), 3u) << render(d);
  EXPECT_EQ(d[0].message,
            "unknown property 'websocketsApiNmae' in 'provider'; did you mean "
            "'websocketsApiName'?");
  EXPECT_EQ(d[1].message,
            "unknown property 'memorysize' in 'provider'; did you mean 'memorySize'?");
  EXPECT_EQ(d[2].message, "unknown top-level property 'build'");
  for (const auto& x : d) EXPECT_EQ(x.severity, Severity::Warning);
}

TEST(Schema, ConfigValidationModeDecidesWhatWarningsBecome) {
  auto d = diagnose("configValidationMode: error\n" + kHeader + "  memorysize: 512\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].code, "schema-unknown-property");
  d = diagnose("configValidationMode: 'off'\n" + kHeader + "  memorysize: 512\n  timeout: x\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-type");
}

TEST(Schema, MisspellingsTheModelExplainsAreLeftToIt) {
  auto d = diagnose(kHeader + "  websocketApiName: x\n");
  EXPECT_TRUE(d.empty()) << render(d);
}

// The event types the Serverless Framework v3 compiles: each has a family, or is refused by
// name (the core schema's x-not-compiled) with the families that are compiled.
const std::vector<std::string> kReferenceEvents = {
    "activemq", "alb", "alexaSkill", "alexaSmartHome", "cloudFront", "cloudwatchEvent",
    "cloudwatchLog", "cognitoUserPool", "eventBridge", "http", "httpApi", "iot",
    "iotFleetProvisioning", "kafka", "msk", "rabbitmq", "s3", "schedule", "sns", "sqs", "stream",
    "websocket"};

std::vector<std::string> notCompiled() {
  std::vector<std::string> out;
  const auto& event = serverlessSchema().document()["definitions"]["event"];
  if (auto list = event.FindMember("x-not-compiled"); list != event.MemberEnd())
    for (const auto& key : list->value.GetArray()) out.push_back(key.GetString());
  return out;
}

TEST(Schema, EveryReferenceEventIsCompiledOrRefusedByName) {
  std::vector<std::string> families;
  for (const auto& f : eventFamilies()) families.emplace_back(f.key);
  std::vector<std::string> refused = notCompiled();
  for (const auto& key : kReferenceEvents) {
    bool compiled = std::find(families.begin(), families.end(), key) != families.end();
    bool listed = std::find(refused.begin(), refused.end(), key) != refused.end();
    EXPECT_NE(compiled, listed) << key << ": a family, or in x-not-compiled, exactly one";
  }
  std::sort(families.begin(), families.end());
  std::string compiled;
  for (const auto& f : families) compiled += (compiled.empty() ? "'" : ", '") + f + "'";
  for (const auto& key : refused) {
    auto d = diagnose(kHeader + "functions:\n  chat:\n    handler: h.h\n    events:\n"
                                "      - websocket: $default\n      - " + key + ": {}\n");
    ASSERT_EQ(d.size(), 1u) << render(d);
    EXPECT_EQ(d[0].code, "event-unsupported");
    EXPECT_EQ(d[0].message, "'" + key + "' events are not supported yet; sls-compile compiles " +
                                compiled + " events only");
    EXPECT_EQ(d[0].line, 10);
    EXPECT_EQ(d[0].column, 9);
  }
}

std::vector<std::string> memberNames(const rapidjson::Value& object) {
  std::vector<std::string> names;
  for (const auto& member : object.GetObject()) names.emplace_back(member.name.GetString());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(Schema, AServicesOwnNamesMakeASchemaOfTheirOwn) {
  const SchemaIndex* some = serverlessSchemaFor(
      {"provider", "name", "runtime", "functions", "chat", "handler", "events", "websocket", "sqs",
       "route", "arn"});
  ASSERT_NE(some, nullptr);
  const auto& definitions = some->document()["definitions"];
  EXPECT_EQ(memberNames(definitions["event"]["properties"]),
            (std::vector<std::string>{"sqs", "websocket"}));
  // provider.websocket is the websocket family's, named by the service as an event key.
  EXPECT_EQ(memberNames(definitions["provider"]["properties"]),
            (std::vector<std::string>{"name", "runtime", "websocket"}));
  // What a family adds outside events is there when the service names it: provider.httpApi
  // may be set without an httpApi event.
  const SchemaIndex* httpApi = serverlessSchemaFor({"provider", "httpApi"});
  ASSERT_NE(httpApi, nullptr);
  EXPECT_EQ(memberNames(httpApi->document()["definitions"]["provider"]["properties"]),
            (std::vector<std::string>{"httpApi"}));
  EXPECT_TRUE(httpApi->document()["definitions"].HasMember("httpApiEvent"));
  EXPECT_FALSE(some->document()["definitions"].HasMember("httpApiEvent"));
  // The same names in another order, or with names the schema has no property of, make the
  // same schema.
  EXPECT_EQ(some, serverlessSchemaFor({"arn", "route", "sqs", "websocket", "events", "handler",
                                       "chat", "functions", "runtime", "name", "provider",
                                       "no-such-property", "websockt"}));
  ASSERT_NE(serverlessSchemaFor({}), nullptr);
  EXPECT_EQ(serverlessSchemaFor({})->document()["definitions"]["event"]["properties"].MemberCount(),
            0u);
  EXPECT_NE(serverlessSchemaFor({}), some);
}

TEST(Schema, AServicesOwnSchemaSpellsCaseBlindPatternsWithoutBrackets) {
  const SchemaIndex* rest = serverlessSchemaFor({"functions", "events", "http", "method"});
  ASSERT_NE(rest, nullptr);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  rest->document().Accept(writer);
  std::string text = buffer.GetString();
  EXPECT_EQ(text.find("[gG][eE][tT]"), std::string::npos);
  EXPECT_NE(text.find("(?:g|G)(?:e|E)(?:t|T)"), std::string::npos);
  // The whole schema, whose words explain errors, keeps them as written.
  buffer.Clear();
  rapidjson::Writer<rapidjson::StringBuffer> whole(buffer);
  serverlessSchema().document().Accept(whole);
  EXPECT_NE(std::string(buffer.GetString()).find("[gG][eE][tT]"), std::string::npos);
  // Both read a method the same way.
  for (const char* method : {"GET", "get", "Get", "gEt", "any", "'*'"})
    EXPECT_TRUE(diagnose(kHeader + "functions:\n  api:\n    handler: h.h\n    events:\n"
                                   "      - http:\n          path: items\n          method: " +
                         method + "\n")
                    .empty())
        << method;
  auto d = diagnose(kHeader + "functions:\n  api:\n    handler: h.h\n    events:\n"
                              "      - http:\n          path: items\n          method: gett\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-pattern");
}

TEST(Schema, EachFamilysAddedNamesAreListedAtBuildTime) {
  for (std::size_t i = 0; i < kEventSchemasCount; ++i) {
    rapidjson::Document fragment;
    fragment.Parse(kEventSchemas[i]);
    ASSERT_TRUE(fragment.IsObject()) << kEventSchemasNames[i];
    std::vector<std::string> added;
    for (const auto& definition : fragment["extend"].GetObject())
      for (const auto& property : definition.value["properties"].GetObject())
        added.emplace_back(property.name.GetString());
    // CMake reads JSON members in name order, and ends each name with a space.
    std::vector<std::string> listed;
    std::istringstream words(kEventSchemasExtends[i]);
    for (std::string word; words >> word;) listed.push_back(word);
    std::sort(added.begin(), added.end());
    std::sort(listed.begin(), listed.end());
    EXPECT_EQ(added, listed) << kEventSchemasNames[i];
    EXPECT_TRUE(std::string_view(kEventSchemasExtends[i]).ends_with(' ')) << kEventSchemasNames[i];
  }
}

TEST(Schema, EachFamilySchemaAddsTheEventKeyItIsNamedFor) {
  for (std::size_t i = 0; i < kEventSchemasCount; ++i) {
    rapidjson::Document fragment;
    fragment.Parse(kEventSchemas[i]);
    ASSERT_TRUE(fragment.IsObject()) << kEventSchemasNames[i];
    const auto& properties = fragment["extend"]["event"]["properties"];
    ASSERT_EQ(properties.MemberCount(), 1u) << kEventSchemasNames[i];
    EXPECT_STREQ(properties.MemberBegin()->name.GetString(), kEventSchemasNames[i]);
  }
}

// The `if` and `propertyNames` schemas are compiled when an explanation first needs one: each
// must resolve, or that explanation would be an internal error.
void expectConditionsResolve(const SchemaIndex& schema, const rapidjson::Value& node) {
  if (node.IsArray()) {
    for (const auto& item : node.GetArray()) expectConditionsResolve(schema, item);
    return;
  }
  if (!node.IsObject()) return;
  for (const auto& member : node.GetObject()) {
    std::string_view key = member.name.GetString();
    if ((key == "if" || key == "propertyNames") && member.value.IsObject()) {
      EXPECT_NE(schema.resolve(&member.value), nullptr) << key;
    }
    expectConditionsResolve(schema, member.value);
  }
}

TEST(Schema, EveryConditionAndNameSchemaResolves) {
  expectConditionsResolve(serverlessSchema(), serverlessSchema().document());
}

TEST(Schema, UnknownEventsAreErrorsWithASuggestion) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket: $default\n"
                    "      - websockt: $connect\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].code, "event-unsupported");
  EXPECT_EQ(d[0].message, "unknown event 'websockt'; did you mean 'websocket'?");
  EXPECT_EQ(d[0].line, 10);
  EXPECT_EQ(d[0].column, 9);
  EXPECT_EQ(d[0].length, 8);
}

TEST(Schema, MisindentedRouteIsLeftToTheModel) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "        route: $connect\n");
  EXPECT_TRUE(d.empty()) << render(d);
}

TEST(Schema, KeyBesideAWebsocketEventIsAnError) {
  auto d = diagnose(kHeader +
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket: $connect\n"
                    "        authorizer: auth\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].message,
            "'authorizer' is beside 'websocket:' instead of under it; indent it below "
            "'websocket:'");
}

TEST(Schema, EnumNamesTheAllowedValues) {
  auto d = diagnose(kHeader +
                    "  architecture: arm\n"
                    "  deploymentMethod: changeset\n");
  ASSERT_EQ(d.size(), 2u) << render(d);
  EXPECT_EQ(d[0].code, "schema-enum");
  EXPECT_EQ(d[0].message, "'architecture' must be 'x86_64' or 'arm64', not 'arm'");
  EXPECT_EQ(d[0].line, 5);
  EXPECT_EQ(d[0].column, 17);
  EXPECT_EQ(d[1].message, "'deploymentMethod' must be 'changesets' or 'direct', not 'changeset'");
}

TEST(Schema, ConstUsesTheSchemaExplanation) {
  auto d = diagnose("service: chat\nprovider:\n  name: google\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-enum");
  EXPECT_EQ(d[0].message,
            "'name' must be 'aws' (sls-compile compiles services for AWS only), not 'google'");
}

// Values whose check has its own code in the model (logs-level-invalid, route-response-expression).
TEST(Schema, ValuesTheModelChecksAreOnlyTyped) {
  auto d = diagnose(kHeader +
                    "  logs:\n"
                    "    websocket:\n"
                    "      level: DEBUG\n"
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    events:\n"
                    "      - websocket:\n"
                    "          route: $connect\n"
                    "          routeResponseSelectionExpression: $request.body.action\n");
  EXPECT_TRUE(d.empty()) << render(d);
  d = diagnose(kHeader + "  logs:\n    websocket:\n      level: [INFO]\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].message, "'level' must be a string, not a list");
}

TEST(Schema, RangeAndPattern) {
  auto d = diagnose("service: my_chat\n"
                    "provider:\n"
                    "  name: aws\n"
                    "  stage: dev stage\n"
                    "  memorySize: 64\n"
                    "  timeout: 901\n");
  ASSERT_EQ(d.size(), 4u) << render(d);
  EXPECT_EQ(d[0].code, "schema-pattern");
  EXPECT_EQ(d[0].message,
            "'service' must be a name of letters, digits and hyphens that starts with a letter "
            "(it becomes part of the stack name), not 'my_chat'");
  EXPECT_EQ(d[1].code, "schema-pattern");
  EXPECT_EQ(d[2].code, "schema-range");
  EXPECT_EQ(d[2].message, "'memorySize' must be at least 128, not 64");
  EXPECT_EQ(d[3].message, "'timeout' must be at most 900, not 901");
}

TEST(Schema, MissingRequiredPropertiesPointAtTheMap) {
  auto d = diagnose("service: chat\n"
                    "provider:\n"
                    "  runtime: nodejs20.x\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-required");
  EXPECT_EQ(d[0].message, "'provider' is missing required property 'name'");
  EXPECT_EQ(d[0].line, 2);
  EXPECT_EQ(d[0].column, 1);

  d = diagnose("frameworkVersion: '3'\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].message, "the service is missing required properties 'service' and 'provider'");
}

TEST(Schema, EmptyRequiredValuePointsAtItsKey) {
  auto d = diagnose("service:\nprovider:\n  name: aws\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].code, "schema-required");
  EXPECT_EQ(d[0].message, "'service' has no value; the service requires it");
  EXPECT_EQ(d[0].line, 1);
  EXPECT_EQ(d[0].length, 7);
}

TEST(Schema, EmptyValuesAreAbsentAsInTheReference) {
  auto d = diagnose(kHeader +
                    "  memorySize:\n"
                    "  vpc: ~\n"
                    "functions:\n"
                    "  chat:\n"
                    "    handler: h.h\n"
                    "    timeout: null\n"
                    "    events:\n"
                    "      - websocket:\n");
  EXPECT_TRUE(d.empty()) << render(d);
}

TEST(Schema, CloudFormationFunctions) {
  auto d = diagnose(kHeader +
                    "  environment:\n"
                    "    TABLE:\n"
                    "      Reff: Table\n"
                    "    QUEUE:\n"
                    "      Ref: Queue\n"
                    "      Fn::GetAtt: [Queue, Arn]\n"
                    "    MY-VAR: x\n");
  ASSERT_EQ(d.size(), 3u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].message,
            "unknown property 'Reff' in CloudFormation function; did you mean 'Ref'?");
  EXPECT_EQ(d[0].line, 7);
  EXPECT_EQ(d[1].code, "schema-range");
  EXPECT_EQ(d[1].message, "'QUEUE' must be a CloudFormation function, not a map with 2 keys");
  EXPECT_EQ(d[2].severity, Severity::Error);
  EXPECT_EQ(d[2].message,
            "'MY-VAR' is not an environment variable name (letters, digits and underscores, not "
            "starting with a digit)");
}

TEST(Schema, IamRoleForms) {
  auto ok = diagnose(kHeader + "  iam:\n    role: arn:aws:iam::123456789012:role/x\n");
  EXPECT_TRUE(ok.empty()) << render(ok);
  ok = diagnose(kHeader + "  iam:\n    role: !GetAtt Role.Arn\n");
  EXPECT_TRUE(ok.empty()) << render(ok);
  auto d = diagnose(kHeader +
                    "  iam:\n"
                    "    role:\n"
                    "      name: my-role\n"
                    "      statments: []\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].severity, Severity::Warning);
  EXPECT_EQ(d[0].message, "unknown property 'statments' in 'role'; did you mean 'statements'?");
  d = diagnose(kHeader +
               "  iamRoleStatements:\n"
               "    - Effect: allow\n"
               "      Resource: '*'\n");
  ASSERT_EQ(d.size(), 2u) << render(d);
  EXPECT_EQ(d[0].message, "IAM statement is missing required property 'Action'");
  EXPECT_EQ(d[1].message, "'Effect' must be 'Allow' or 'Deny', not 'allow'");
}

TEST(Schema, IndependentErrorsAreAllReported) {
  auto d = diagnose(kHeader +
                    "  timeout: x\n"
                    "functions:\n"
                    "  a:\n"
                    "    handler: a.h\n"
                    "    memorySize: [1]\n"
                    "  b: text\n");
  ASSERT_EQ(d.size(), 3u) << render(d);
  EXPECT_EQ(d[0].message, "'timeout' must be a whole number or a CloudFormation function, not a string");
  EXPECT_EQ(d[1].message, "'memorySize' must be a whole number or a CloudFormation function, not a list");
  EXPECT_EQ(d[2].message, "'b' must be a map of function settings, not a string");
}

TEST(Schema, EmptyOrNonMapFile) {
  auto d = diagnose("- a\n- b\n");
  ASSERT_EQ(d.size(), 1u) << render(d);
  EXPECT_EQ(d[0].message, "the service file must be a map of settings, not a list");
}

TEST(Schema, EditDistance) {
  EXPECT_EQ(editDistance("rout", "route"), 1u);
  EXPECT_EQ(editDistance("authorizr", "authorizer"), 1u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
}

// ---- The reference corpus: what Serverless Framework v3.38 packages, the schema accepts. ----

#ifdef SLSC_CORPUS_DIR
const std::filesystem::path kCorpus = SLSC_CORPUS_DIR;
#else
const std::filesystem::path kCorpus = "/work/shared/corpus";
#endif

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Paths of values holding a ${...} variable, which the resolve stage replaces before validation.
void variablePaths(const Node& node, std::vector<std::string>& out) {
  if (node.isScalar() && node.text().find("${") != std::string::npos) out.push_back(node.path());
  for (const auto& item : node.items()) variablePaths(item, out);
  for (const auto& e : node.entries()) {
    if (e.key.find("${") != std::string::npos) out.push_back(e.keyAt.path);
    variablePaths(e.value, out);
  }
}

// A diagnostic about a value that holds (or contains) a variable says nothing yet.
bool aboutVariable(const Diagnostic& d, const std::vector<std::string>& variables) {
  for (const auto& v : variables) {
    if (v == d.path || d.path.empty()) return true;
    if (v.size() > d.path.size() && v.compare(0, d.path.size(), d.path) == 0 &&
        (v[d.path.size()] == '.' || v[d.path.size()] == '['))
      return true;
  }
  return false;
}

TEST(SchemaCorpus, AcceptsWhatTheReferenceAccepts) {
  if (!std::filesystem::is_directory(kCorpus)) GTEST_SKIP() << kCorpus << " is absent";
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus))
    if (std::filesystem::exists(entry.path() / "serverless.yml")) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  ASSERT_FALSE(cases.empty());

  int checked = 0;
  for (const auto& dir : cases) {
    std::string name = dir.filename().string();
    if (std::filesystem::exists(dir / "EXPECT-ERROR")) continue;
    if (!std::filesystem::exists(dir / "sls3-template.json")) continue;
    SourceSet sources;
    Node root;
    Checked result = check(readFile(dir / "serverless.yml"), sources, &root);
    if (!result.loaded) {
      std::cout << "[ note ] " << name << ": not loadable here, skipped\n";
      continue;
    }
    ++checked;
    std::vector<std::string> variables;
    variablePaths(root, variables);
    for (const auto& d : result.diagnostics) {
      if (d.severity == Severity::Warning) {
        std::cout << "[ note ] " << name << ": " << renderDiagnostic(d) << "\n";
        continue;
      }
      if (d.code == "event-unsupported" || aboutVariable(d, variables)) continue;
      ADD_FAILURE() << name << ": " << renderDiagnostic(d);
    }
  }
  EXPECT_GT(checked, 30);
}

}  // namespace
}  // namespace slsc
