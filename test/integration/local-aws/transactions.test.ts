import { randomBytes } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand, TransactGetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { failureOf, type StandIns, startStandIns, table } from "./support";

let s: StandIns;
let doc: StandIns["doc"];

beforeAll(async () => {
  s = await startStandIns();
  doc = s.doc;
});

afterAll(async () => {
  await s?.stop();
});

describe("DynamoDB stand-in: TransactWriteItems and TransactGetItems as DynamoDB answers them", () => {
  it("commits every operation of a successful transaction", async () => {
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#ok", sk: "counter", n: 1 } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#ok", sk: "gone", n: 0 } }));

    const output = await doc.send(
      new TransactWriteCommand({
        ReturnConsumedCapacity: "TOTAL",
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { pk: "TX#ok", sk: "new", n: 5 },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Update: {
              TableName: table,
              Key: { pk: "TX#ok", sk: "counter" },
              UpdateExpression: "SET n = n + :one",
              ConditionExpression: "n = :expected",
              ExpressionAttributeValues: { ":one": 1, ":expected": 1 },
            },
          },
          { Delete: { TableName: table, Key: { pk: "TX#ok", sk: "gone" } } },
        ],
      }),
    );

    const read = await doc.send(
      new TransactGetCommand({
        TransactItems: [
          { Get: { TableName: table, Key: { pk: "TX#ok", sk: "new" } } },
          { Get: { TableName: table, Key: { pk: "TX#ok", sk: "counter" } } },
          { Get: { TableName: table, Key: { pk: "TX#ok", sk: "gone" } } },
        ],
      }),
    );
    expect(read.Responses?.map((r) => r.Item?.n)).toEqual([5, 2, undefined]);
    expect(output.ConsumedCapacity?.[0]?.TableName).toBe(table);
  });

  it("rolls back earlier operations when a later condition fails and reports why", async () => {
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#rb", sk: "a", v: 1 } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#rb", sk: "b", v: 1 } }));

    const error = await failureOf(
      doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: { pk: "TX#rb", sk: "a" },
                UpdateExpression: "SET v = :two",
                ConditionExpression: "v = :one",
                ExpressionAttributeValues: { ":one": 1, ":two": 2 },
              },
            },
            {
              ConditionCheck: {
                TableName: table,
                Key: { pk: "TX#rb", sk: "b" },
                ConditionExpression: "v = :nine",
                ExpressionAttributeValues: { ":nine": 9 },
              },
            },
            { Put: { TableName: table, Item: { pk: "TX#rb", sk: "c", v: 3 } } },
          ],
        }),
      ),
    );

    expect(error).toBeInstanceOf(TransactionCanceledException);
    const reasons = (error as TransactionCanceledException).CancellationReasons;
    expect(reasons?.map((r) => r.Code)).toEqual(["None", "ConditionalCheckFailed", "None"]);
    expect(error.message).toContain("[None, ConditionalCheckFailed, None]");
    const a = await doc.send(new GetCommand({ TableName: table, Key: { pk: "TX#rb", sk: "a" }, ConsistentRead: true }));
    const c = await doc.send(new GetCommand({ TableName: table, Key: { pk: "TX#rb", sk: "c" }, ConsistentRead: true }));
    expect(a.Item).toEqual({ pk: "TX#rb", sk: "a", v: 1 });
    expect(c.Item).toBeUndefined();
  });

  it("returns the old item with the cancellation reason when asked to", async () => {
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#old", sk: "a", v: 4 } }));

    const error = await failureOf(
      doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { pk: "TX#old", sk: "a", v: 5 },
                ConditionExpression: "attribute_not_exists(pk)",
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              },
            },
          ],
        }),
      ),
    );

    const reason = (error as TransactionCanceledException).CancellationReasons?.[0];
    expect(reason?.Code).toBe("ConditionalCheckFailed");
    expect(reason?.Item?.v).toEqual({ N: "4" });
  });

  it("leaves items untouched by a ConditionCheck, present or absent", async () => {
    const before = { pk: "TX#cc", sk: "present", v: 7, tags: ["x"] };
    await doc.send(new PutCommand({ TableName: table, Item: before }));

    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: table,
              Key: { pk: "TX#cc", sk: "present" },
              ConditionExpression: "v = :v",
              ExpressionAttributeValues: { ":v": 7 },
            },
          },
          {
            ConditionCheck: {
              TableName: table,
              Key: { pk: "TX#cc", sk: "absent" },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        ],
      }),
    );

    const present = await doc.send(new GetCommand({ TableName: table, Key: { pk: "TX#cc", sk: "present" } }));
    const absent = await doc.send(new GetCommand({ TableName: table, Key: { pk: "TX#cc", sk: "absent" } }));
    expect(present.Item).toEqual(before);
    expect(absent.Item).toBeUndefined();
  });

  it("rejects two operations on one item and more than 100 items", async () => {
    const key = { pk: "TX#val", sk: "same" };
    const twice = await failureOf(
      doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...key, v: 1 } } },
            { Delete: { TableName: table, Key: key } },
          ],
        }),
      ),
    );
    const tooMany = await failureOf(
      doc.send(
        new TransactWriteCommand({
          TransactItems: Array.from({ length: 101 }, (_, i) => ({
            Put: { TableName: table, Item: { pk: "TX#val", sk: `i${i}` } },
          })),
        }),
      ),
    );

    expect(twice.name).toBe("ValidationException");
    expect(twice.message).toContain("multiple operations on one item");
    expect(tooMany.name).toBe("ValidationException");
    const written = await doc.send(new GetCommand({ TableName: table, Key: { pk: "TX#val", sk: "i0" } }));
    expect(written.Item).toBeUndefined();
  });

  it("rolls back all of a 100-item transaction when one condition fails, and commits it once all hold", async () => {
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#big", sk: "head", version: 3 } }));
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#big", sk: "old", v: 1 } }));
    const puts = Array.from({ length: 97 }, (_, i) => ({
      Put: {
        TableName: table,
        Item: { pk: "TX#big", sk: `e${i}`, n: i },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    }));
    const head = (expected: number) => ({
      Update: {
        TableName: table,
        Key: { pk: "TX#big", sk: "head" },
        UpdateExpression: "SET version = :next",
        ConditionExpression: "version = :v",
        ExpressionAttributeValues: { ":v": expected, ":next": expected + 1 },
      },
    });
    const gone = { Delete: { TableName: table, Key: { pk: "TX#big", sk: "old" } } };
    const headIsNew = {
      ConditionCheck: {
        TableName: table,
        Key: { pk: "TX#big", sk: "head" },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    };
    const codes = (error: Error) => (error as TransactionCanceledException).CancellationReasons?.map((r) => r.Code);
    const everything = () =>
      doc.send(
        new QueryCommand({
          TableName: table,
          ConsistentRead: true,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": "TX#big" },
        }),
      );

    const lastCheckFails = await failureOf(
      doc.send(new TransactWriteCommand({ TransactItems: [gone, ...puts, headIsNew] })),
    );
    const staleUpdateLast = await failureOf(
      doc.send(new TransactWriteCommand({ TransactItems: [...puts, gone, head(2)] })),
    );
    const untouched = await everything();
    await doc.send(new TransactWriteCommand({ TransactItems: [head(3), ...puts, gone] }));
    const committed = await everything();

    expect(codes(lastCheckFails)).toEqual([...Array<string>(98).fill("None"), "ConditionalCheckFailed"]);
    expect(codes(staleUpdateLast)).toEqual([...Array<string>(98).fill("None"), "ConditionalCheckFailed"]);
    expect(untouched.Items).toEqual([
      { pk: "TX#big", sk: "head", version: 3 },
      { pk: "TX#big", sk: "old", v: 1 },
    ]);
    expect(committed.Count).toBe(98);
    expect(committed.Items?.find((item) => item.sk === "head")).toEqual({ pk: "TX#big", sk: "head", version: 4 });
    expect(committed.Items?.find((item) => item.sk === "e96")).toEqual({ pk: "TX#big", sk: "e96", n: 96 });
    expect(committed.Items?.some((item) => item.sk === "old")).toBe(false);
  });

  it("judges any condition dynalite knows, and leaves a request it would reject to dynalite", async () => {
    await doc.send(new PutCommand({ TableName: table, Item: { pk: "TX#mix", sk: "a", name: "Ana", n: 1 } }));
    const check = (condition: string, values: Record<string, unknown>) => ({
      ConditionCheck: {
        TableName: table,
        Key: { pk: "TX#mix", sk: "a" },
        ConditionExpression: condition,
        ExpressionAttributeNames: { "#name": "name" },
        ExpressionAttributeValues: values,
      },
    });
    const put = (sk: string) => ({
      Put: { TableName: table, Item: { pk: "TX#mix", sk }, ConditionExpression: "attribute_not_exists(pk)" },
    });

    await doc.send(
      new TransactWriteCommand({ TransactItems: [put("b"), check("begins_with(#name, :p)", { ":p": "An" })] }),
    );
    const wrongType = await failureOf(
      doc.send(
        new TransactWriteCommand({
          TransactItems: [put("c"), check("size(#name) = :three AND n = :one", { ":three": 3, ":one": "1" })],
        }),
      ),
    );
    const unusedValue = await failureOf(
      doc.send(
        new TransactWriteCommand({ TransactItems: [put("d"), check("attribute_exists(#name)", { ":unused": 1 })] }),
      ),
    );
    const c = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: "TX#mix", sk: "c" }, ConsistentRead: true }),
    );
    const d = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: "TX#mix", sk: "d" }, ConsistentRead: true }),
    );
    const b = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: "TX#mix", sk: "b" }, ConsistentRead: true }),
    );

    expect(b.Item).toEqual({ pk: "TX#mix", sk: "b" });
    expect((wrongType as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toEqual([
      "None",
      "ConditionalCheckFailed",
    ]);
    expect(unusedValue.name).toBe("ValidationException");
    expect(unusedValue.message).toContain("unused in expressions");
    expect(c.Item).toBeUndefined();
    expect(d.Item).toBeUndefined();
  });

  it("serialises concurrent transactions so every success is counted exactly once", async () => {
    const key = { pk: "TX#race", sk: "counter" };
    await doc.send(new PutCommand({ TableName: table, Item: { ...key, n: 0, version: 0 } }));
    let successes = 0;
    let conflicts = 0;
    const attempt = async () => {
      const current = await doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: key,
                UpdateExpression: "SET n = n + :one, version = version + :one",
                ConditionExpression: "version = :seen",
                ExpressionAttributeValues: { ":one": 1, ":seen": current.Item?.version },
              },
            },
            { Put: { TableName: table, Item: { pk: "TX#race", sk: `log#${randomBytes(6).toString("hex")}` } } },
          ],
        }),
      );
    };

    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, attempt));
    for (const outcome of outcomes) {
      if (outcome.status === "fulfilled") successes++;
      else if (outcome.reason instanceof TransactionCanceledException) conflicts++;
    }

    const final = await doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
    const logs = await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :log)",
        ExpressionAttributeValues: { ":pk": "TX#race", ":log": "log#" },
      }),
    );
    expect(successes).toBeGreaterThan(0);
    expect(successes + conflicts).toBe(20);
    expect(final.Item?.n).toBe(successes);
    expect(final.Item?.version).toBe(successes);
    expect(logs.Count).toBe(successes);
  });

  it("replays a transaction repeated with the same ClientRequestToken instead of applying it twice", async () => {
    const key = { pk: "TX#token", sk: "counter" };
    await doc.send(new PutCommand({ TableName: table, Item: { ...key, n: 0 } }));
    const increment = (token: string, by: number) =>
      new TransactWriteCommand({
        ClientRequestToken: token,
        TransactItems: [
          {
            Update: {
              TableName: table,
              Key: key,
              UpdateExpression: "SET n = n + :by",
              ExpressionAttributeValues: { ":by": by },
            },
          },
        ],
      });

    await doc.send(increment("token-1", 1));
    await doc.send(increment("token-1", 1));
    const mismatch = await failureOf(doc.send(increment("token-1", 2)));

    const final = await doc.send(new GetCommand({ TableName: table, Key: key }));
    expect(final.Item?.n).toBe(1);
    expect(mismatch.name).toBe("IdempotentParameterMismatchException");
  });
});
