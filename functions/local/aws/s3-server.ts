import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  CreateBucketCommand,
  PutBucketCorsCommand,
  S3Client,
  type S3ClientConfig,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { DUMMY_ACCOUNT } from "s3rver/lib/models/account.js";
import { urlFor } from "./http-util";

/** A running s3rver and a way to stop it. */
export interface LocalS3 {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * The browser uploads with presigned PUT straight to S3 and reads back with GET, so every local
 * bucket answers CORS for any origin on the methods it needs.
 */
export const localBucketCors = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * S3 client settings every client of the local S3 must use. Path-style, because buckets cannot be
 * subdomains of 127.0.0.1; checksums only when required, because with the SDK's default
 * (`WHEN_SUPPORTED`) uploads are sent aws-chunked with a trailing checksum and s3rver stores the
 * chunk framing as part of the object.
 */
export function localS3ClientOptions(): Pick<
  S3ClientConfig,
  "forcePathStyle" | "requestChecksumCalculation" | "responseChecksumValidation"
> {
  return {
    forcePathStyle: true,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
}

/** The dummy credentials every local SDK client uses (see platform/aws/clients.ts). */
export const localCredentials = { accessKeyId: "local", secretAccessKey: "local" };

/** Starts s3rver on `<dataDir>/s3`, creating `buckets` (with the CORS rule) if missing. */
export async function startLocalS3(dataDir: string, host: string, buckets: readonly string[] = []): Promise<LocalS3> {
  const directory = join(dataDir, "s3");
  await mkdir(directory, { recursive: true });
  // s3rver only knows the key pair S3RVER/S3RVER; teach it ours so the same credentials work everywhere.
  DUMMY_ACCOUNT.createKeyPair(localCredentials.accessKeyId, localCredentials.secretAccessKey);
  const server = new S3rver({
    address: host,
    port: 0,
    silent: true,
    directory,
    // It does not check signatures anyway; this also accepts presigned URLs signed for another host.
    allowMismatchedSignatures: true,
    // Virtual-host parsing would read "127" of the loopback address as a bucket name.
    vhostBuckets: false,
    configureBuckets: buckets.map((name) => ({ name, configs: [localBucketCors] })),
  });
  const { port } = await server.run();
  return {
    endpoint: urlFor(host, port),
    async close() {
      server.httpServer?.closeAllConnections();
      await server.close();
    },
  };
}

/** Creates a bucket on the local S3 if it is missing and gives it the local CORS rule. */
export async function ensureBucket(endpoint: string, bucket: string, region = "eu-central-1"): Promise<void> {
  const s3 = new S3Client({
    region,
    endpoint,
    credentials: localCredentials,
    ...localS3ClientOptions(),
  });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: unknown) => {
      const taken = error instanceof S3ServiceException && error.name.startsWith("BucketAlready");
      if (!taken) throw error;
    });
    await s3.send(new PutBucketCorsCommand({ Bucket: bucket, CORSConfiguration: corsRuleForSdk() }));
  } finally {
    s3.destroy();
  }
}

function corsRuleForSdk() {
  return {
    CORSRules: [
      {
        AllowedOrigins: ["*"],
        AllowedMethods: ["GET", "PUT", "POST", "HEAD"],
        AllowedHeaders: ["*"],
        ExposeHeaders: ["ETag"],
        MaxAgeSeconds: 3000,
      },
    ],
  };
}
