// $connect and $disconnect: keep the table of open connections.
'use strict';

const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand, DeleteCommand } = require('@aws-sdk/lib-dynamodb');

const table = process.env.CONNECTIONS_TABLE;
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.connect = async (event) => {
  await db.send(new PutCommand({
    TableName: table,
    Item: { connectionId: event.requestContext.connectionId, connectedAt: Date.now() },
  }));
  return { statusCode: 200 };
};

exports.disconnect = async (event) => {
  await db.send(new DeleteCommand({
    TableName: table,
    Key: { connectionId: event.requestContext.connectionId },
  }));
  return { statusCode: 200 };
};
