// The benchmark's service: N functions, each with a websocket route (the first three $connect,
// $disconnect, $default; then custom keys with '.', '-', '_' and '/'), every tenth route with a
// route response, an authorizer on $connect, websocket logs, a DynamoDB table under
// `resources:`, and ${self:…} / ${opt:…} variables: a realistic service, scaled.
#pragma once

#include <string>

namespace slsc::bench {

inline std::string routeKey(int i) {
  switch (i) {
    case 0: return "$connect";
    case 1: return "$disconnect";
    case 2: return "$default";
  }
  static const char* separators[] = {".", "-", "_", "/"};
  return "room" + std::string(separators[i % 4]) + "action" + std::to_string(i);
}

// The provider, custom and first function (the authorizer) both services share; `logs` is the
// provider.logs section's body.
inline std::string header(const std::string& service, const std::string& logs,
                          const std::string& table, const std::string& tableSuffix) {
  return "service: " + service +
         "\n"
         "provider:\n"
         "  name: aws\n"
         "  runtime: nodejs20.x\n"
         "  stage: ${opt:stage, 'dev'}\n"
         "  region: us-east-1\n"
         "  memorySize: ${self:custom.memory}\n"
         "  logRetentionInDays: 14\n"
         "  logs:\n" +
         logs +
         "  environment:\n"
         "    TABLE: ${self:custom.table}\n"
         "    STAGE: ${sls:stage}\n"
         "  iam:\n"
         "    role:\n"
         "      statements:\n"
         "        - Effect: Allow\n"
         "          Action: [dynamodb:PutItem, dynamodb:DeleteItem, dynamodb:Query]\n"
         "          Resource: !GetAtt " + table +
         ".Arn\n"
         "custom:\n"
         "  memory: 256\n"
         "  table: ${self:service}-" + tableSuffix +
         "-${sls:stage}\n"
         "functions:\n"
         "  auth:\n"
         "    handler: src/auth.handler\n";
}

inline std::string generateService(int functions) {
  std::string out;
  out.reserve(static_cast<std::size_t>(functions) * 260 + 2048);
  out += header("bench-chat", "    websocket:\n      level: INFO\n", "ConnectionsTable", "connections");
  for (int i = 0; i < functions; ++i) {
    std::string name = "handler" + std::to_string(i);
    out += "  " + name + ":\n";
    out += "    handler: src/handlers." + name + "\n";
    out += "    description: Handles ${self:service} route " + std::to_string(i) + "\n";
    out += "    environment:\n      ROUTE_INDEX: '" + std::to_string(i) + "'\n";
    out += "    events:\n      - websocket:\n          route: " + routeKey(i) + "\n";
    if (i == 0) out += "          authorizer:\n            name: auth\n            identitySource: [route.request.querystring.token]\n";
    if (i % 10 == 5) out += "          routeResponseSelectionExpression: $default\n";
  }
  out +=
      "resources:\n"
      "  Resources:\n"
      "    ConnectionsTable:\n"
      "      Type: AWS::DynamoDB::Table\n"
      "      Properties:\n"
      "        TableName: ${self:custom.table}\n"
      "        BillingMode: PAY_PER_REQUEST\n"
      "        AttributeDefinitions:\n"
      "          - {AttributeName: connectionId, AttributeType: S}\n"
      "        KeySchema:\n"
      "          - {AttributeName: connectionId, KeyType: HASH}\n";
  return out;
}

// The REST counterpart: N functions, each with an `http` route (a path of two segments, the
// second a path parameter every other route, the verbs in turn), `cors: true` on every fifth,
// a Lambda authorizer on every tenth, REST access logs, the same variables, role statements and
// table: the websocket service's shape with REST routes instead.
inline std::string generateHttpService(int functions) {
  static const char* verbs[] = {"get", "post", "put", "delete"};
  std::string out;
  out.reserve(static_cast<std::size_t>(functions) * 280 + 2048);
  out += header("bench-shop", "    restApi: true\n", "ItemsTable", "items");
  for (int i = 0; i < functions; ++i) {
    std::string name = "handler" + std::to_string(i);
    out += "  " + name + ":\n";
    out += "    handler: src/handlers." + name + "\n";
    out += "    description: Handles ${self:service} route " + std::to_string(i) + "\n";
    out += "    environment:\n      ROUTE_INDEX: '" + std::to_string(i) + "'\n";
    out += "    events:\n      - http:\n          path: items" + std::to_string(i / 4) +
           (i % 2 ? "/{id}" : "/all") + "\n          method: " + verbs[i % 4] + "\n";
    if (i % 5 == 0) out += "          cors: true\n";
    if (i % 10 == 3) out += "          authorizer: auth\n";
  }
  out +=
      "resources:\n"
      "  Resources:\n"
      "    ItemsTable:\n"
      "      Type: AWS::DynamoDB::Table\n"
      "      Properties:\n"
      "        TableName: ${self:custom.table}\n"
      "        BillingMode: PAY_PER_REQUEST\n"
      "        AttributeDefinitions:\n"
      "          - {AttributeName: id, AttributeType: S}\n"
      "        KeySchema:\n"
      "          - {AttributeName: id, KeyType: HASH}\n";
  return out;
}

}  // namespace slsc::bench
