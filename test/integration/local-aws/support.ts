import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type LocalAws, localS3ClientOptions, startLocalAws } from "../../../functions/local/aws/index";

/** Shared set-up of the local AWS stand-in tests: one set of stand-ins per file, in temp dirs. */
export const region = "eu-central-1";
export const credentials = { accessKeyId: "local", secretAccessKey: "local" };
export const table = "domus-test";

export async function createTable(dynamo: DynamoDBClient, name: string): Promise<void> {
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
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

/** SDK clients pointed at one running set of stand-ins. */
export function clientsFor(aws: LocalAws) {
  const dynamo = new DynamoDBClient({ region, credentials, endpoint: aws.endpoints.dynamodb });
  const kms = new KMSClient({ region, credentials, endpoint: aws.endpoints.kms });
  const s3 = new S3Client({ region, credentials, endpoint: aws.endpoints.s3, ...localS3ClientOptions() });
  const ses = new SESv2Client({ region, credentials, endpoint: aws.endpoints.ses });
  return {
    dynamo,
    doc: DynamoDBDocumentClient.from(dynamo),
    kms,
    s3,
    ses,
    destroy() {
      for (const client of [dynamo, kms, s3, ses]) client.destroy();
    },
  };
}

export type StandInClients = ReturnType<typeof clientsFor>;

/** Running stand-ins with their clients and the test table, and how to tear them down. */
export interface StandIns extends StandInClients {
  aws: LocalAws;
  dataDir: string;
  keyFile: string;
  stop(): Promise<void>;
}

/** Starts the stand-ins on fresh temp directories (the key file nested, outside the data dir). */
export async function startStandIns(): Promise<StandIns> {
  const dataDir = await mkdtemp(join(tmpdir(), "domus-local-aws-data-"));
  const keyDir = await mkdtemp(join(tmpdir(), "domus-local-aws-keys-"));
  const keyFile = join(keyDir, "nested", "master-key.json");
  const aws = await startLocalAws({ dataDir, keyFile, mailPort: 0, buckets: ["domus-preset"] });
  const clients = clientsFor(aws);
  await createTable(clients.dynamo, table);
  return {
    ...clients,
    aws,
    dataDir,
    keyFile,
    async stop() {
      clients.destroy();
      await aws.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
