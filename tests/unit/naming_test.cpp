// Naming: a table of (input, expected logical id) rows, as the Serverless Framework v3 names.
#include <gtest/gtest.h>

#include "naming/alexa.h"
#include "naming/cognito_user_pool.h"
#include "naming/iot.h"
#include "naming/naming.h"
#include "naming/alb.h"
#include "naming/event_source.h"
#include "naming/cloudwatch_event.h"
#include "naming/event_bridge.h"
#include "naming/http_api.h"
#include "naming/schedule.h"
#include "naming/websocket.h"

namespace slsc::naming {
namespace {

struct Row {
  const char* input;
  const char* expected;
};

TEST(Naming, RouteIds) {
  const Row rows[] = {
      {"$connect", "SconnectWebsocketsRoute"},
      {"$disconnect", "SdisconnectWebsocketsRoute"},
      {"$default", "SdefaultWebsocketsRoute"},
      {"room.join", "roomPeriodjoinWebsocketsRoute"},
      {"a-b_c", "aDashbUnderscorecWebsocketsRoute"},
      {"chat/send", "chatSlashsendWebsocketsRoute"},
      {"_init", "UnderscoreinitWebsocketsRoute"},
      {"echo", "echoWebsocketsRoute"},
      {"sendMessage", "sendMessageWebsocketsRoute"},
  };
  for (const auto& row : rows) EXPECT_EQ(websocketsRoute(row.input), row.expected) << row.input;
}

TEST(Naming, RouteResponseIds) {
  EXPECT_EQ(websocketsRouteResponse("$connect"), "SconnectWebsocketsRouteResponse");
  EXPECT_EQ(websocketsRouteResponse("a.b"), "aPeriodbWebsocketsRouteResponse");
}

TEST(Naming, FunctionIds) {
  const Row rows[] = {
      {"connect", "ConnectLambdaFunction"},
      {"send-message", "SendDashmessageLambdaFunction"},
      {"send_message", "SendUnderscoremessageLambdaFunction"},
      {"a-b_c", "ADashbUnderscorecLambdaFunction"},
      {"_init", "UnderscoreinitLambdaFunction"},
      {"Default", "DefaultLambdaFunction"},
  };
  for (const auto& row : rows) EXPECT_EQ(lambdaFunction(row.input), row.expected) << row.input;
}

TEST(Naming, FunctionFamilyIds) {
  EXPECT_EQ(logGroup("send-message"), "SendDashmessageLogGroup");
  EXPECT_EQ(websocketsIntegration("send_message"), "SendUnderscoremessageWebsocketsIntegration");
  EXPECT_EQ(websocketsPermission("auth"), "AuthLambdaPermissionWebsockets");
  EXPECT_EQ(websocketsAuthorizer("auth-fn"), "AuthDashfnWebsocketsAuthorizer");
  EXPECT_EQ(lambdaQualifiedArnOutput("chat"), "ChatLambdaFunctionQualifiedArn");
  EXPECT_EQ(provisionedConcurrencyAlias("chat"), "ChatProvConcLambdaAlias");
  EXPECT_EQ(snapStartAlias("chat"), "ChatSnapStartLambdaAlias");
  EXPECT_EQ(functionRole("send-message"), "SendDashmessageIamRoleLambdaExecution");
  EXPECT_EQ(functionRole("legacy_handler"), "LegacyUnderscorehandlerIamRoleLambdaExecution");
}

// The HTTP API's ids, as the reference names them (normalizePath over the route key).
TEST(Naming, EventRuleIds) {
  EXPECT_EQ(scheduleRule("my-fn", 2), "MyDashfnEventsRuleSchedule2");
  EXPECT_EQ(schedulePermission("report", 1), "ReportLambdaPermissionEventsRuleSchedule1");
  EXPECT_EQ(schedulerSchedule("digest", 3), "DigestSchedulerSchedule3");
  EXPECT_EQ(scheduleTargetId("my-fn"), "my-fnSchedule");
  EXPECT_EQ(cloudWatchEventRule("watcher", 1), "WatcherEventsRuleCloudWatchEvent1");
  EXPECT_EQ(cloudWatchEventPermission("a_b", 4), "AUnderscorebLambdaPermissionEventsRuleCloudWatchEvent4");
  EXPECT_EQ(cloudWatchEventTargetId("watcher"), "watcherCloudWatchEvent");
  EXPECT_EQ(eventBridgeRule("orders-dev-onOrder", 1), "OrdersdevonOrderrule1EventBridgeRule");
  EXPECT_EQ(eventBridgeRuleName("orders-dev-onOrder", 1), "orders-dev-onOrder-rule-1");
  EXPECT_EQ(eventBridgeTargetId("orders-dev-onOrder-rule-1"), "orders-dev-onOrder-rule-1-target");
  // Longer than 64: shortened with an MD5, as sls package 3.38 writes them.
  const std::string longName = "orders-dev-a-function-name-that-makes-the-rule-name-longer-64";
  EXPECT_EQ(eventBridgeRuleName(longName, 1), "orders-dev-a-function-nam90ce8bc5d57c746a50806778c3c8e6e9-rule-1");
  EXPECT_EQ(eventBridgeTargetId(eventBridgeRuleName(longName, 1)),
            "orders-dev-a-function-namc805fd6128b08a1a1b79bcbcba324aa8-target");
  EXPECT_EQ(eventBridgePermission("onOrder", 3), "OnOrderEventBridgeLambdaPermission3");
  EXPECT_EQ(eventBridgeEventBus("orders-bus"), "OrdersDashbusEventBridgeEventBus");
  // useCloudFormation: false, as sls package 3.38 writes them (corpus q08).
  EXPECT_EQ(eventBridgeCustomResource("bridge", 2), "BridgeCustomEventBridge2");
  EXPECT_EQ(eventBridgeCustomResource("on-order", 1), "OnDashorderCustomEventBridge1");
  EXPECT_EQ(eventBridgeHandlerFunction(), "CustomDashresourceDasheventDashbridgeLambdaFunction");
  EXPECT_EQ(eventBridgeHandlerLogGroup(), "CustomDashresourceDasheventDashbridgeLogGroup");
}

TEST(Naming, HttpApiIds) {
  EXPECT_EQ(httpApiRoute("*"), "HttpApiRouteDefault");
  EXPECT_EQ(httpApiRoute("GET /items"), "HttpApiRouteGetItems");
  EXPECT_EQ(httpApiRoute("DELETE /items/{id}"), "HttpApiRouteDeleteItemsIdVar");
  EXPECT_EQ(httpApiRoute("ANY /{proxy+}"), "HttpApiRouteAnyProxyVar");
  EXPECT_EQ(httpApiRoute("GET /a-b"), "HttpApiRouteGetADashb");
  EXPECT_EQ(httpApiIntegration("my-fn"), "HttpApiIntegrationMyDashfn");
  EXPECT_EQ(httpApiPermission("api"), "ApiLambdaPermissionHttpApi");
  EXPECT_EQ(httpApiAuthorizer("external-auth"), "HttpApiAuthorizerExternalDashauth");
  EXPECT_EQ(httpApiAuthorizerPermission("lambdaAuth"), "LambdaAuthLambdaAuthorizerPermissionHttpApi");
}

// The load balancer's ids and target group names, as the reference makes them (the names are
// those sls package 3.38 wrote for golden/alb/basic-compat).
TEST(Naming, AlbIds) {
  EXPECT_EQ(albTargetGroup("my-fn", "50dc6c495c0c9188", false), "MyDashfnAlbTargetGroup50dc6c495c0c9188");
  EXPECT_EQ(albTargetGroup("api", "HttpsListener", true), "ApiAlbMultiValueTargetGroupHttpsListener");
  EXPECT_EQ(albListenerRule("api", 10), "ApiAlbListenerRule10");
  EXPECT_EQ(albPermission("api"), "ApiLambdaPermissionAlb");
  EXPECT_EQ(albRegisterTargetPermission("api"), "ApiLambdaPermissionRegisterTarget");
  EXPECT_EQ(albRegisterTargetPermission("api", 1), "ApiLambdaPermissionRegisterTarget2");
  EXPECT_EQ(albTargetGroupNameTag("alb-shop", "catalog", "50dc6c495c0c9188", "dev"),
            "alb-shop-catalog-50dc6c495c0c9188-dev");
  EXPECT_EQ(albTargetGroupName("shop-", "alb-shop", "catalog", "50dc6c495c0c9188", false, "dev"),
            "shop-4db712d2f8ba8c21e0623c4549f");
  EXPECT_EQ(albTargetGroupName("", "alb-shop", "catalog", "50dc6c495c0c9188", false, "dev").size(), 32u);
}

// The event source mappings' ids, as the reference names them.
TEST(Naming, EventSourceIds) {
  EXPECT_EQ(alphanumericName("my-queue.fifo"), "Myqueuefifo");
  EXPECT_EQ(sqsMapping("my-fn", "jobs-queue"), "MyDashfnEventSourceMappingSQSJobsqueue");
  EXPECT_EQ(streamMapping("broadcast", "dynamodb", "ApplicationDynamoDBTable"),
            "BroadcastEventSourceMappingDynamodbApplicationDynamoDBTable");
  EXPECT_EQ(streamMapping("receive", "kinesis", "my_stream"), "ReceiveEventSourceMappingKinesisMystream");
  EXPECT_EQ(streamConsumerName("receive", "Orders", ""), "receiveOrdersConsumer");
  EXPECT_EQ(streamConsumerName("receive", "Orders", "shopdev"), "receiveOrdersshopdevConsumer");
  EXPECT_EQ(streamConsumer("receiveOrdersConsumer"), "ReceiveOrdersConsumerStreamConsumer");
  EXPECT_EQ(kafkaMapping("demo-schema", "dev_king-test-topic"),
            "DemoDashschemaEventSourceMappingKafkaDevkingtesttopic");
  EXPECT_EQ(kafkaMapping("f", std::string(200, 't')), "FEventSourceMappingKafkaT" + std::string(157, 't'));
}

// sls-compile's own websocket ids: keys and plans as the REST API's, models per route and
// selection key (alphanumeric, as a model's Name must be), direct routes by route key.
TEST(Naming, WebsocketOwnIds) {
  EXPECT_EQ(websocketsApiKey(1, ""), "WebsocketsApiKey1");
  EXPECT_EQ(websocketsApiKey(2, "free"), "WebsocketsApiKeyFree2");
  EXPECT_EQ(websocketsUsagePlan(""), "WebsocketsUsagePlan");
  EXPECT_EQ(websocketsUsagePlan("partner"), "WebsocketsUsagePlanPartner");
  EXPECT_EQ(websocketsUsagePlanKey(1, "free"), "WebsocketsUsagePlanKeyFree1");
  EXPECT_EQ(websocketsModel("sendMessage", "$default"), "sendMessageWebsocketsRouteModelSdefault");
  EXPECT_EQ(websocketsModel("room.join", "a-b"), "roomPeriodjoinWebsocketsRouteModelaDashb");
  EXPECT_EQ(websocketsDirectIntegration("$default"), "SdefaultWebsocketsDirectIntegration");
  EXPECT_EQ(websocketsIntegrationResponse("startGame"), "startGameWebsocketsIntegrationResponse");
  EXPECT_FALSE(isWebsocketsRoute(websocketsModel("sendMessage", "$default")));
  EXPECT_FALSE(isWebsocketsRoute(websocketsDirectIntegration("x")));
}

TEST(Naming, HashSuffixesKeepLettersAndDigitsOnly) {
  EXPECT_EQ(lambdaVersion("chat", "a+b/c=="), "ChatLambdaVersionabc");
  EXPECT_EQ(websocketsDeployment("x/Y+z="), "WebsocketsDeploymentxYz");
}

TEST(Naming, ExportNames) {
  EXPECT_EQ(exportName("chat", "dev", "ServiceEndpointWebsocket"),
            "sls-chat-dev-ServiceEndpointWebsocket");
}

TEST(Naming, ValidLogicalIds) {
  EXPECT_TRUE(isValidLogicalId("SconnectWebsocketsRoute"));
  EXPECT_FALSE(isValidLogicalId("send messageWebsocketsRoute"));
  EXPECT_FALSE(isValidLogicalId(""));
  EXPECT_FALSE(isValidLogicalId(std::string(256, 'a')));
  EXPECT_TRUE(isValidLogicalId(std::string(255, 'a')));
}

TEST(Naming, CognitoUserPoolIds) {
  EXPECT_EQ(cognitoUserPool("MyUserPool"), "CognitoUserPoolMyUserPool");
  EXPECT_EQ(cognitoUserPool("dev-user_pool.1"), "CognitoUserPoolDevuserpool1");
  EXPECT_EQ(cognitoUserPoolPermission("pre-signup", "users pool", "PreSignUp"),
            "PreDashsignupLambdaPermissionCognitoUserPoolUserspoolTriggerSourcePreSignUp");
  EXPECT_EQ(cognitoUserPoolCustomResource("pre_signup"), "PreUnderscoresignupCustomCognitoUserPool1");
  EXPECT_EQ(cognitoUserPoolHandlerFunction(), "CustomDashresourceDashexistingDashcupLambdaFunction");
  EXPECT_EQ(cognitoUserPoolHandlerLogGroup(), "CustomDashresourceDashexistingDashcupLogGroup");
}

TEST(Naming, IotIds) {
  EXPECT_EQ(iotTopicRule("log", 1), "LogIotTopicRule1");
  EXPECT_EQ(iotTopicRulePermission("my-fn", 12), "MyDashfnLambdaPermissionIotTopicRule12");
  EXPECT_EQ(iotProvisioningTemplate("hook"), "HookIotProvisioningTemplate");
  EXPECT_EQ(iotProvisioningTemplatePermission("hook"), "HookLambdaPermissionIotProvisioningTemplate");
}

TEST(Naming, AlexaIds) {
  EXPECT_EQ(alexaSkillPermission("skill", 2), "SkillLambdaPermissionAlexaSkill2");
  EXPECT_EQ(alexaSmartHomePermission("home_fn", 1), "HomeUnderscorefnLambdaPermissionAlexaSmartHome1");
}

}  // namespace
}  // namespace slsc::naming
