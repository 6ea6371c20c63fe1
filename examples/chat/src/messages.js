// sendMessage broadcasts to every open connection through the @connections management API;
// $default answers anything else.
'use strict';

const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, ScanCommand, DeleteCommand } = require('@aws-sdk/lib-dynamodb');
const {
  ApiGatewayManagementApiClient,
  PostToConnectionCommand,
  GoneException,
} = require('@aws-sdk/client-apigatewaymanagementapi');

const table = process.env.CONNECTIONS_TABLE;
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

function managementApi(requestContext) {
  return new ApiGatewayManagementApiClient({
    endpoint: `https://${requestContext.domainName}/${requestContext.stage}`,
  });
}

async function connectionIds() {
  const ids = [];
  let ExclusiveStartKey;
  do {
    const page = await db.send(new ScanCommand({
      TableName: table,
      ProjectionExpression: 'connectionId',
      ExclusiveStartKey,
    }));
    for (const item of page.Items) ids.push(item.connectionId);
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return ids;
}

async function post(api, connectionId, data) {
  try {
    await api.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: data }));
  } catch (error) {
    // A client that left without $disconnect: forget it.
    if (!(error instanceof GoneException)) throw error;
    await db.send(new DeleteCommand({ TableName: table, Key: { connectionId } }));
  }
}

exports.send = async (event) => {
  const { message } = JSON.parse(event.body || '{}');
  if (typeof message !== 'string' || message.length === 0) {
    return { statusCode: 400, body: 'send {"action": "sendMessage", "message": "…"}' };
  }
  const api = managementApi(event.requestContext);
  const data = JSON.stringify({ from: event.requestContext.connectionId, message });
  const ids = await connectionIds();
  await Promise.all(ids.map((id) => post(api, id, data)));
  return { statusCode: 200 };
};

exports.fallback = async (event) => {
  const api = managementApi(event.requestContext);
  await post(api, event.requestContext.connectionId,
             JSON.stringify({ error: 'unknown action; send {"action": "sendMessage", "message": "…"}' }));
  return { statusCode: 200 };
};
