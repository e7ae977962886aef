import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config";

/**
 * SDK clients, made once per process from configuration. In local mode only the endpoints (and
 * dummy credentials) differ; the code path is the same as in Lambda.
 */
export interface AwsClients {
  dynamo: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  kms: KMSClient;
  s3: S3Client;
  /** Signs presigned URLs for the browser (local: the same-origin proxy address). */
  s3Public: S3Client;
  ses: SESv2Client;
}

const localCredentials = { accessKeyId: "local", secretAccessKey: "local" };

export function createAwsClients(config: Config): AwsClients {
  const local = config.stage !== "aws";
  const base = { region: config.region, ...(local ? { credentials: localCredentials } : {}) };
  const endpoint = (url: string | undefined) => (local && url ? { endpoint: url } : {});
  // s3rver stores aws-chunked framing when the SDK adds default checksums; ask only when required.
  const s3Options = {
    ...base,
    forcePathStyle: local,
    requestChecksumCalculation: "WHEN_REQUIRED" as const,
    responseChecksumValidation: "WHEN_REQUIRED" as const,
  };
  const dynamo = new DynamoDBClient({ ...base, ...endpoint(config.endpoints.dynamodb), maxAttempts: 5 });
  return {
    dynamo,
    doc: DynamoDBDocumentClient.from(dynamo, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    }),
    kms: new KMSClient({ ...base, ...endpoint(config.endpoints.kms) }),
    s3: new S3Client({ ...s3Options, ...endpoint(config.endpoints.s3) }),
    s3Public: new S3Client({ ...s3Options, ...endpoint(config.endpoints.s3Public ?? config.endpoints.s3) }),
    ses: new SESv2Client({ ...base, ...endpoint(config.endpoints.ses) }),
  };
}
