// websocket: direct routes (sls-compile's provider.websocket.routes) — a route that sends to
// SQS, DynamoDB, Step Functions or Kinesis through an AWS integration with a request template
// and a role API Gateway assumes (one for all of them, each statement limited to its target),
// or proxies to an HTTP endpoint; with `response: true`, a route response and an integration
// response send the service's answer back to the client.
#include <fmt/format.h>

#include "compile/iam.h"
#include "events/websocket/common.h"
#include "events/websocket/units.h"
#include "naming/websocket.h"

namespace slsc::websockets {
namespace {

// What a route's target resolves to: the name the request names it by, and its ARN.
struct Target {
  Json name;
  Json arn;
};

std::string afterLast(const std::string& text, char separator) {
  auto at = text.rfind(separator);
  return at == std::string::npos ? text : text.substr(at + 1);
}

const Node* getAttOf(const Node& value, std::string& logicalId) {
  const Node* getAtt = value.isMap() ? value.get("Fn::GetAtt") : nullptr;
  if (!getAtt || !getAtt->isSeq() || getAtt->items().size() != 2 || !getAtt->items()[0].isScalar())
    return nullptr;
  logicalId = getAtt->items()[0].text();
  return getAtt;
}

const Node* refOf(const Node& value, std::string& logicalId) {
  const Node* ref = value.isMap() ? value.get("Ref") : nullptr;
  if (!ref || !ref->isScalar()) return nullptr;
  logicalId = ref->text();
  return ref;
}

// A table or stream: a name, an ARN (".../<name>"), a Ref (its name) or a GetAtt of its Arn.
std::optional<Target> namedTarget(JsonFactory& json, const Node& value, std::string_view arnStem) {
  std::string id;
  if (value.isScalar()) {
    const std::string& text = value.text();
    if (text.rfind("arn:", 0) == 0) return Target{json.str(afterLast(text, '/')), json.str(text)};
    return Target{json.str(text), json.sub(std::string(arnStem) + text)};
  }
  if (refOf(value, id)) return Target{json.ref(id), json.getAtt(id, "Arn")};
  if (getAttOf(value, id)) return Target{json.ref(id), json.getAtt(id, "Arn")};
  return std::nullopt;
}

// A queue: its ARN, or a GetAtt of the Arn of a queue in resources (named by QueueName).
std::optional<Target> queueTarget(JsonFactory& json, const Node& value) {
  std::string id;
  if (value.isScalar() && value.text().rfind("arn:", 0) == 0) {
    std::vector<std::string> parts;
    std::string text = value.text();
    for (std::size_t start = 0;;) {
      auto colon = text.find(':', start);
      parts.push_back(text.substr(start, colon - start));
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
    if (parts.size() != 6) return std::nullopt;
    return Target{json.str(parts[4] + "/" + parts[5]), json.str(text)};
  }
  if (getAttOf(value, id)) {
    std::vector<Json> path;
    path.push_back(json.ref("AWS::AccountId"));
    path.push_back(json.str("/"));
    path.push_back(json.getAtt(id, "QueueName"));
    return Target{json.join("", std::move(path)), json.getAtt(id, "Arn")};
  }
  return std::nullopt;
}

std::optional<Target> target(JsonFactory& json, const DirectRoute& route) {
  const std::string prefix = "arn:${AWS::Partition}:";
  if (route.service == "sqs") return queueTarget(json, route.target);
  if (route.service == "dynamodb")
    return namedTarget(json, route.target, prefix + "dynamodb:${AWS::Region}:${AWS::AccountId}:table/");
  if (route.service == "kinesis")
    return namedTarget(json, route.target, prefix + "kinesis:${AWS::Region}:${AWS::AccountId}:stream/");
  // stepFunctions: an ARN, a Ref (a state machine's Ref is its ARN) or a GetAtt of its Arn.
  return Target{json.fromNode(route.target), json.fromNode(route.target)};
}

// before + value + after, as one string when the value is one, else an Fn::Join.
Json spliced(JsonFactory& json, std::string_view before, Json value, std::string_view after) {
  if (value.IsString())
    return json.str(std::string(before) + std::string(value.GetString(), value.GetStringLength()) +
                    std::string(after));
  std::vector<Json> parts;
  parts.push_back(json.str(before));
  parts.push_back(std::move(value));
  parts.push_back(json.str(after));
  return json.join("", std::move(parts));
}

bool isFifoQueue(const Node& target) {
  if (target.isScalar()) return target.text().size() > 5 && target.text().substr(target.text().size() - 5) == ".fifo";
  return false;
}

// The request API Gateway sends the service: the message as the body of its action (the
// JavaScript escape's \' made ' again, which JSON has no escape for).
Json defaultTemplate(JsonFactory& json, const DirectRoute& route, Target& t) {
  if (route.service == "sqs") {
    std::string text =
        "Action=SendMessage&MessageBody=$util.urlEncode($input.body)"
        "&MessageAttribute.1.Name=connectionId"
        "&MessageAttribute.1.Value.StringValue=$util.urlEncode($context.connectionId)"
        "&MessageAttribute.1.Value.DataType=String";
    // A FIFO queue takes no message without its group (one per connection keeps its order).
    if (isFifoQueue(route.target))
      text += "&MessageGroupId=$util.urlEncode($context.connectionId)"
              "&MessageDeduplicationId=$context.requestId";
    return json.str(text);
  }
  if (route.service == "dynamodb")
    return spliced(json, "{\"TableName\": \"", std::move(t.name),
                   "\", \"Item\": {\"id\": {\"S\": \"$context.requestId\"}, \"connectionId\": "
                   "{\"S\": \"$context.connectionId\"}, \"body\": {\"S\": "
                   "\"$util.escapeJavaScript($input.body).replaceAll(\"\\\\'\",\"'\")\"}}}");
  if (route.service == "kinesis")
    return spliced(json, "{\"StreamName\": \"", std::move(t.name),
                   "\", \"PartitionKey\": \"$context.connectionId\", \"Data\": "
                   "\"$util.base64Encode($input.body)\"}");
  return spliced(json, "{\"stateMachineArn\": \"", std::move(t.arn),
                 "\", \"input\": \"$util.escapeJavaScript($input.body).replaceAll(\"\\\\'\",\"'\")\"}");
}

// arn:<partition>:apigateway:<region>:<service>:<path or action>
Json serviceUri(JsonFactory& json, const DirectRoute& route, Target& t) {
  static const std::pair<const char*, const char*> names[] = {
      {"sqs", "sqs"}, {"dynamodb", "dynamodb"}, {"stepFunctions", "states"}, {"kinesis", "kinesis"}};
  std::string service;
  for (const auto& [key, name] : names)
    if (route.service == key) service = name;
  std::vector<Json> parts;
  parts.push_back(json.str("arn:"));
  parts.push_back(json.ref("AWS::Partition"));
  parts.push_back(json.str(":apigateway:"));
  parts.push_back(json.ref("AWS::Region"));
  if (route.service == "sqs") {
    parts.push_back(json.str(":sqs:path/"));
    parts.push_back(std::move(t.name));
  } else {
    parts.push_back(json.str(":" + service + ":action/" + route.action));
  }
  return json.join("", std::move(parts));
}

std::string iamAction(const DirectRoute& route) {
  if (route.service == "sqs") return "sqs:SendMessage";
  if (route.service == "dynamodb") return "dynamodb:" + route.action;
  if (route.service == "kinesis") return "kinesis:PutRecord";
  return "states:StartExecution";
}

Json awsIntegration(CompileContext& context, const DirectRoute& route, Target t) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("IntegrationType", "AWS")
      .set("IntegrationMethod", "POST")
      .set("IntegrationUri", serviceUri(json, route, t))
      .set("CredentialsArn", json.getAtt(naming::kWebsocketsIntegrationRole, "Arn"))
      .set("PassthroughBehavior", "NEVER")
      .set("TemplateSelectionExpression", "\\$default");
  if (route.service == "sqs")
    properties.set("RequestParameters",
                   JsonObject(json)
                       .set("integration.request.header.Content-Type",
                            "'application/x-www-form-urlencoded'")
                       .take());
  Json request = route.requestTemplate ? json.fromNode(*route.requestTemplate)
                                       : defaultTemplate(json, route, t);
  properties.set("RequestTemplates", JsonObject(json).set("$default", std::move(request)).take());
  if (auto timeout = model(context.service).settings.timeoutInMillis)
    properties.set("TimeoutInMillis", json.num(*timeout));
  return resource(json, "AWS::ApiGatewayV2::Integration", properties.take());
}

Json httpIntegration(CompileContext& context, const DirectRoute& route) {
  JsonFactory& json = context.json();
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("IntegrationType", "HTTP_PROXY")
      .set("IntegrationMethod", route.action)
      .set("IntegrationUri", json.fromNode(route.target));
  if (auto timeout = model(context.service).settings.timeoutInMillis)
    properties.set("TimeoutInMillis", json.num(*timeout));
  return resource(json, "AWS::ApiGatewayV2::Integration", properties.take());
}

// The role API Gateway assumes for the AWS integrations: each route's action on its target.
void compileRole(CompileContext& context) {
  JsonFactory& json = context.json();
  std::vector<Json> statements;
  for (const auto& route : model(context.service).directRoutes) {
    if (route.service == "http") continue;
    auto t = target(json, route);
    if (!t) continue;
    std::vector<Json> resources;
    resources.push_back(std::move(t->arn));
    statements.push_back(JsonObject(json)
                             .set("Effect", "Allow")
                             .set("Action", json.strings({iamAction(route)}))
                             .set("Resource", json.array(std::move(resources)))
                             .take());
  }
  if (statements.empty()) return;
  std::vector<Json> name;
  name.push_back(json.str(context.service.name));
  name.push_back(json.str(context.provider.stage));
  name.push_back(json.str("websocket-integrations"));
  context.out.addResource(std::string(naming::kWebsocketsIntegrationRole),
                          serviceRole(json, "apigateway.amazonaws.com", std::move(name), std::move(statements)),
                          model(context.service).directRoutes.front().at);
}

void compileRoute(CompileContext& context, const DirectRoute& route) {
  JsonFactory& json = context.json();
  std::string integration = naming::websocketsDirectIntegration(route.route.value);
  if (route.service == "http") {
    context.out.addResource(integration, httpIntegration(context, route), route.at);
  } else if (auto t = target(json, route)) {
    context.out.addResource(integration, awsIntegration(context, route, std::move(*t)), route.at);
  } else {
    return;  // reported by the model (websocket-integration-target)
  }
  std::vector<Json> path;
  path.push_back(json.str("integrations"));
  path.push_back(json.ref(integration));
  JsonObject properties(json);
  properties.set("ApiId", apiId(context))
      .set("RouteKey", route.route.value)
      .set("AuthorizationType", "NONE")
      .set("Target", json.join("/", std::move(path)));
  if (route.response) properties.set("RouteResponseSelectionExpression", "$default");
  std::string routeId = naming::websocketsRoute(route.route.value);
  context.out.addResource(routeId, resource(json, "AWS::ApiGatewayV2::Route", properties.take()),
                          route.route.at);
  if (!route.response) return;
  context.out.addResource(naming::websocketsRouteResponse(route.route.value),
                          defaultResponse(context, "AWS::ApiGatewayV2::RouteResponse", "RouteId",
                                          routeId, "RouteResponseKey"),
                          route.at);
  if (route.service == "http") return;  // a proxy passes the answer through
  context.out.addResource(naming::websocketsIntegrationResponse(route.route.value),
                          defaultResponse(context, "AWS::ApiGatewayV2::IntegrationResponse",
                                          "IntegrationId", integration, "IntegrationResponseKey"),
                          route.at);
}

}  // namespace

void compileDirectRoutes(CompileContext& context) {
  const auto& routes = model(context.service).directRoutes;
  if (routes.empty()) return;
  compileRole(context);
  for (const auto& route : routes) compileRoute(context, route);
}

}  // namespace slsc::websockets
