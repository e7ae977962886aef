import { DescribeTimeToLiveCommand, UpdateTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepExpiredNow } from "../../../functions/local/aws/index";

import { type StandIns, startStandIns, table } from "./support";

let s: StandIns;
let dynamo: StandIns["dynamo"];
let doc: StandIns["doc"];

beforeAll(async () => {
  s = await startStandIns();
  dynamo = s.dynamo;
  doc = s.doc;
});

afterAll(async () => {
  await s?.stop();
});

describe("DynamoDB stand-in: items, indexes and TTL", () => {
  it("puts, gets and queries through a global secondary index", async () => {
    await doc.send(
      new PutCommand({ TableName: table, Item: { pk: "A#1", sk: "U#1", gsi1pk: "OWNER#7", gsi1sk: "1" } }),
    );
    await doc.send(
      new PutCommand({ TableName: table, Item: { pk: "A#1", sk: "U#2", gsi1pk: "OWNER#7", gsi1sk: "2" } }),
    );

    const got = await doc.send(new GetCommand({ TableName: table, Key: { pk: "A#1", sk: "U#2" } }));
    const queried = await doc.send(
      new QueryCommand({
        TableName: table,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :owner",
        ExpressionAttributeValues: { ":owner": "OWNER#7" },
      }),
    );

    expect(got.Item?.gsi1sk).toBe("2");
    expect(queried.Items?.map((item) => item.sk)).toEqual(["U#1", "U#2"]);
  });

  it("expires only items whose TTL lies in the past", async () => {
    await dynamo.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      }),
    );
    const now = Math.floor(Date.now() / 1000);
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TTL", sk: "expired", expiresAt: now - 60 } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TTL", sk: "fresh", expiresAt: now + 3600 } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TTL", sk: "forever" } }));

    const described = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: table }));
    const deleted = await sweepExpiredNow();

    const left = await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "TTL" },
      }),
    );
    expect(described.TimeToLiveDescription).toEqual({ TimeToLiveStatus: "ENABLED", AttributeName: "expiresAt" });
    expect(deleted).toBe(1);
    expect(left.Items?.map((item) => item.sk).sort()).toEqual(["forever", "fresh"]);
  });
});
