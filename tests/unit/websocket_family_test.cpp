// The websocket family selects what it made: its deployment id and its quotas count this API's
// routes (its own and the user's on this API), not another API Gateway v2 API's.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <memory>
#include <string>

#include "events/registry.h"
#include "slsc/compile.h"
#include "slsc/file_reader.h"

namespace slsc {
namespace {

const char* kService = R"(service: chat
provider:
  name: aws
  runtime: nodejs20.x
functions:
  connect:
    handler: h.connect
    events:
      - websocket: $connect
      - websocket: sendMessage
)";

// A user's `resources:` with one route on the API `api`, and that API when it is the user's.
std::string userRoute(const std::string& id, const std::string& api, const std::string& key) {
  std::string text = "resources:\n  Resources:\n";
  if (api != "WebsocketsApi")
    text += "    " + api + ":\n      Type: AWS::ApiGatewayV2::Api\n      Properties:\n"
            "        Name: http\n        ProtocolType: HTTP\n";
  return text + "    " + id + ":\n      Type: AWS::ApiGatewayV2::Route\n      Properties:\n"
         "        ApiId: !Ref " + api + "\n        RouteKey: " + key + "\n";
}

// An HTTP API with one route, written by the user beside the websocket API.
const std::string kHttpApiRoute = userRoute("HttpApiRouteGetItems", "HttpApi", "GET /items");
// A route the user adds to the websocket API itself.
const std::string kWebsocketRoute = userRoute("PingWebsocketsRouteByHand", "WebsocketsApi", "ping");

Result compile(const std::string& text) {
  Options options;
  options.reader = std::make_shared<MemoryFileReader>();
  return compileString(text, "serverless.yml", options);
}

// The id of the template's WebsocketsDeployment<hash>.
std::string deploymentId(const Result& result) {
  rapidjson::Document doc;
  doc.Parse(result.templateJson.c_str());
  for (const auto& m : doc["Resources"].GetObject()) {
    std::string id = m.name.GetString();
    if (id.rfind("WebsocketsDeployment", 0) == 0 && id != "WebsocketsDeploymentStage") return id;
  }
  return "";
}

bool hasCode(const Result& result, const std::string& code) {
  for (const auto& d : result.diagnostics)
    if (d.code == code) return true;
  return false;
}

// One function with `routes` websocket routes.
std::string manyRoutes(int routes) {
  std::string text = "service: chat\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n"
                     "  handle:\n    handler: h.handle\n    events:\n";
  for (int i = 0; i < routes; ++i) text += "      - websocket: route" + std::to_string(i) + "\n";
  return text;
}

TEST(WebsocketFamily, AnHttpApiRouteDoesNotRedeployTheWebsocketStage) {
  Result alone = compile(kService);
  Result withHttpApi = compile(std::string(kService) + kHttpApiRoute);
  ASSERT_TRUE(alone.ok);
  ASSERT_TRUE(withHttpApi.ok);
  ASSERT_FALSE(deploymentId(alone).empty());
  EXPECT_EQ(deploymentId(alone), deploymentId(withHttpApi));
}

TEST(WebsocketFamily, AUserRouteOnTheWebsocketApiRedeploysIt) {
  Result alone = compile(kService);
  Result withRoute = compile(std::string(kService) + kWebsocketRoute);
  ASSERT_TRUE(withRoute.ok);
  EXPECT_NE(deploymentId(alone), deploymentId(withRoute));
}

TEST(WebsocketFamily, AnHttpApiRouteIsNotCountedInTheWebsocketRouteQuota) {
  Result result = compile(manyRoutes(300) + kHttpApiRoute);
  ASSERT_TRUE(result.ok);
  EXPECT_FALSE(hasCode(result, "quota-routes"));
}

TEST(WebsocketFamily, AUserRouteOnTheWebsocketApiIsCountedInItsQuota) {
  Result result = compile(manyRoutes(300) + kWebsocketRoute);
  ASSERT_TRUE(result.ok);
  EXPECT_TRUE(hasCode(result, "quota-routes"));
  Result over = compile(manyRoutes(301));
  EXPECT_TRUE(hasCode(over, "quota-routes"));
}

TEST(WebsocketFamily, OnlyItsOwnRoutesAreRoutesToDiff) {
  EXPECT_EQ(routeFamily("SconnectWebsocketsRoute"), "websocket");
  EXPECT_EQ(routeFamily("HttpApiRouteGetItems"), "httpApi");  // the HTTP API's, not websocket's
  EXPECT_EQ(routeFamily("SconnectWebsocketsRouteResponse"), "");
}

}  // namespace
}  // namespace slsc
