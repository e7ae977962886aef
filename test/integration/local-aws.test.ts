import { randomBytes } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  TransactionCanceledException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import {
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  KMSClient,
  ReEncryptCommand,
} from "@aws-sdk/client-kms";
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactGetCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureBucket,
  type LocalAws,
  localS3ClientOptions,
  rotateLocalMasterKey,
  startLocalAws,
  sweepExpiredNow,
} from "../../functions/local/aws/index";

const region = "eu-central-1";
const credentials = { accessKeyId: "local", secretAccessKey: "local" };
const table = "domus-test";

async function createTable(dynamo: DynamoDBClient, name: string): Promise<void> {
  await dynamo.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
        { AttributeName: "gsi1pk", AttributeType: "S" },
        { AttributeName: "gsi1sk", AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: "gsi1",
          KeySchema: [
            { AttributeName: "gsi1pk", KeyType: "HASH" },
            { AttributeName: "gsi1sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ],
    }),
  );
}

/** Runs a promise that must fail and hands back what it failed with. */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

describe("local AWS stand-ins", () => {
  let dataDir: string;
  let keyDir: string;
  let keyFile: string;
  let aws: LocalAws;
  let dynamo: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  let kms: KMSClient;
  let s3: S3Client;
  let ses: SESv2Client;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "domus-local-aws-data-"));
    keyDir = await mkdtemp(join(tmpdir(), "domus-local-aws-keys-"));
    keyFile = join(keyDir, "nested", "master-key.json");
    aws = await startLocalAws({ dataDir, keyFile, mailPort: 0, buckets: ["domus-preset"] });
    dynamo = new DynamoDBClient({ region, credentials, endpoint: aws.endpoints.dynamodb });
    doc = DynamoDBDocumentClient.from(dynamo);
    kms = new KMSClient({ region, credentials, endpoint: aws.endpoints.kms });
    s3 = new S3Client({ region, credentials, endpoint: aws.endpoints.s3, ...localS3ClientOptions() });
    ses = new SESv2Client({ region, credentials, endpoint: aws.endpoints.ses });
    await createTable(dynamo, table);
  });

  afterAll(async () => {
    for (const client of [dynamo, kms, s3, ses]) client?.destroy();
    await aws?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(keyDir, { recursive: true, force: true });
  });

  describe("DynamoDB", () => {
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
      const a = await doc.send(
        new GetCommand({ TableName: table, Key: { pk: "TX#rb", sk: "a" }, ConsistentRead: true }),
      );
      const c = await doc.send(
        new GetCommand({ TableName: table, Key: { pk: "TX#rb", sk: "c" }, ConsistentRead: true }),
      );
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

  describe("KMS", () => {
    const context = { account: "A#1", purpose: "personal-data" };

    it("generates a data key whose blob decrypts only with the same encryption context", async () => {
      const generated = await kms.send(
        new GenerateDataKeyCommand({ KeyId: aws.kmsKeyId, KeySpec: "AES_256", EncryptionContext: context }),
      );

      const decrypted = await kms.send(
        new DecryptCommand({
          CiphertextBlob: generated.CiphertextBlob,
          EncryptionContext: { purpose: "personal-data", account: "A#1" },
        }),
      );
      const wrongContext = await failureOf(
        kms.send(
          new DecryptCommand({
            CiphertextBlob: generated.CiphertextBlob,
            EncryptionContext: { account: "A#2", purpose: "personal-data" },
          }),
        ),
      );
      const noContext = await failureOf(kms.send(new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob })));

      expect(generated.Plaintext?.length).toBe(32);
      expect(generated.KeyId).toMatch(/^arn:aws:kms:eu-central-1:\d{12}:key\//);
      expect(Buffer.from(decrypted.Plaintext ?? [])).toEqual(Buffer.from(generated.Plaintext ?? []));
      expect(wrongContext.name).toBe("InvalidCiphertextException");
      expect(noContext.name).toBe("InvalidCiphertextException");
    });

    it("re-encrypts under the newest key version after rotation, and old blobs still decrypt", async () => {
      const plaintext = Buffer.from("IBAN RO49 AAAA 1B31 0075 9384 0000");
      const sealed = await kms.send(
        new EncryptCommand({ KeyId: aws.kmsKeyId, Plaintext: plaintext, EncryptionContext: context }),
      );

      const version = await rotateLocalMasterKey(keyFile);
      const resealed = await kms.send(
        new ReEncryptCommand({
          CiphertextBlob: sealed.CiphertextBlob,
          SourceEncryptionContext: context,
          DestinationKeyId: aws.kmsKeyId,
          DestinationEncryptionContext: { account: "A#9" },
        }),
      );
      const fromNew = await kms.send(
        new DecryptCommand({ CiphertextBlob: resealed.CiphertextBlob, EncryptionContext: { account: "A#9" } }),
      );
      const fromOld = await kms.send(
        new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, EncryptionContext: context }),
      );

      expect(version).toBe(2);
      expect(Buffer.from(resealed.CiphertextBlob ?? []).readUInt32BE(17)).toBe(2);
      expect(Buffer.from(sealed.CiphertextBlob ?? []).readUInt32BE(17)).toBe(1);
      expect(Buffer.from(fromNew.Plaintext ?? [])).toEqual(plaintext);
      expect(Buffer.from(fromOld.Plaintext ?? [])).toEqual(plaintext);
    });

    it("describes its key, keeps the key file private, and refuses unknown keys", async () => {
      const described = await kms.send(new DescribeKeyCommand({ KeyId: aws.kmsKeyId }));
      const unknown = await failureOf(kms.send(new GenerateDataKeyCommand({ KeyId: "alias/nope", NumberOfBytes: 16 })));
      const file = await stat(keyFile);

      expect(described.KeyMetadata?.KeyState).toBe("Enabled");
      expect(described.KeyMetadata?.CreationDate).toBeInstanceOf(Date);
      expect(unknown.name).toBe("NotFoundException");
      expect(file.mode & 0o777).toBe(0o600);
    });

    it("refuses a master key file inside the data directory", async () => {
      const error = await failureOf(
        startLocalAws({ dataDir, keyFile: join(dataDir, "keys", "master.json"), mailPort: 0 }),
      );

      expect(error.message).toContain("outside the data directory");
    });
  });

  describe("S3", () => {
    it("stores a presigned PUT from fetch byte for byte and serves it back", async () => {
      await ensureBucket(aws.endpoints.s3, "domus-docs");
      const body = randomBytes(150_000);
      const url = await getSignedUrl(
        s3,
        new PutObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf", ContentType: "application/pdf" }),
        {
          expiresIn: 300,
        },
      );

      const put = await fetch(url, { method: "PUT", body, headers: { "content-type": "application/pdf" } });
      const got = await s3.send(new GetObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf" }));
      const bytes = Buffer.from((await got.Body?.transformToByteArray()) ?? []);
      const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket: "domus-docs", Key: "a/b.pdf" }));
      const fetched = Buffer.from(await (await fetch(getUrl)).arrayBuffer());

      expect(put.status).toBe(200);
      expect(got.ContentType).toBe("application/pdf");
      expect(bytes.equals(body)).toBe(true);
      expect(fetched.equals(body)).toBe(true);
    });

    it("answers a browser's CORS preflight for uploads, and creates configured buckets at start", async () => {
      const preflight = await fetch(`${aws.endpoints.s3}/domus-preset/upload.bin`, {
        method: "OPTIONS",
        headers: {
          origin: "http://localhost:5173",
          "access-control-request-method": "PUT",
          "access-control-request-headers": "content-type",
        },
      });
      const head = await s3.send(new HeadBucketCommand({ Bucket: "domus-preset" }));

      expect(preflight.status).toBe(200);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
      expect(head.$metadata.httpStatusCode).toBe(200);
    });
  });

  describe("SES", () => {
    it("keeps a sent email in the store the mail viewer reads", async () => {
      const subject = `Payment reminder ${randomBytes(4).toString("hex")}`;
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: "noreply@domus.test",
          Destination: { ToAddresses: ["owner@domus.test"] },
          Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: "Please pay 120,00 lei." } } } },
        }),
      );

      const store = (await (await fetch(aws.mailStoreUrl)).json()) as {
        emails: { subject: string; destination: { to: string[] }; body: { text?: string } }[];
      };
      const viewer = await fetch(aws.mailViewerUrl);
      const email = store.emails.find((e) => e.subject === subject);

      expect(email?.destination.to).toEqual(["owner@domus.test"]);
      expect(email?.body.text).toContain("120,00 lei");
      expect(viewer.status).toBe(200);
      expect(aws.mailViewerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    });
  });
});

describe("local AWS persistence", () => {
  it("keeps tables, items, TTL settings, objects and keys across a restart on the same directories", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "domus-local-aws-persist-"));
    const keyDir = await mkdtemp(join(tmpdir(), "domus-local-aws-persist-keys-"));
    const keyFile = join(keyDir, "master.json");
    try {
      const first = await startLocalAws({ dataDir, keyFile, mailPort: 0 });
      const clients1 = clientsFor(first);
      await createTable(clients1.dynamo, "persisted");
      await clients1.dynamo.send(
        new UpdateTimeToLiveCommand({
          TableName: "persisted",
          TimeToLiveSpecification: { AttributeName: "ttl", Enabled: true },
        }),
      );
      await clients1.doc.send(
        new PutCommand({ TableName: "persisted", Item: { pk: "A#1", sk: "profile", name: "Ana" } }),
      );
      const sealed = await clients1.kms.send(new GenerateDataKeyCommand({ KeyId: first.kmsKeyId, NumberOfBytes: 32 }));
      await ensureBucket(first.endpoints.s3, "kept");
      await clients1.s3.send(new PutObjectCommand({ Bucket: "kept", Key: "k.txt", Body: "still here" }));
      clients1.destroy();
      await first.close();

      const second = await startLocalAws({ dataDir, keyFile, mailPort: 0 });
      const clients2 = clientsFor(second);
      const item = await clients2.doc.send(
        new GetCommand({ TableName: "persisted", Key: { pk: "A#1", sk: "profile" } }),
      );
      const ttl = await clients2.dynamo.send(new DescribeTimeToLiveCommand({ TableName: "persisted" }));
      const key = await clients2.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }));
      const object = await clients2.s3.send(new GetObjectCommand({ Bucket: "kept", Key: "k.txt" }));
      const text = await object.Body?.transformToString();
      clients2.destroy();
      await second.close();

      expect(item.Item?.name).toBe("Ana");
      expect(ttl.TimeToLiveDescription?.AttributeName).toBe("ttl");
      expect(Buffer.from(key.Plaintext ?? [])).toEqual(Buffer.from(sealed.Plaintext ?? []));
      expect(text).toBe("still here");
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});

function clientsFor(aws: LocalAws) {
  const dynamo = new DynamoDBClient({ region, credentials, endpoint: aws.endpoints.dynamodb });
  const kms = new KMSClient({ region, credentials, endpoint: aws.endpoints.kms });
  const s3 = new S3Client({ region, credentials, endpoint: aws.endpoints.s3, ...localS3ClientOptions() });
  return {
    dynamo,
    doc: DynamoDBDocumentClient.from(dynamo),
    kms,
    s3,
    destroy() {
      for (const client of [dynamo, kms, s3]) client.destroy();
    },
  };
}
