import { mkdir } from "node:fs/promises";
import { startLocalDynamo } from "./dynamodb-server";
import { assertKeyFileOutside } from "./kms-keyring";
import { startLocalKms } from "./kms-server";
import { startLocalS3 } from "./s3-server";
import { startLocalSes } from "./ses-server";

export { localKeyAlias } from "./kms-key-identity";
export { rotateLocalMasterKey } from "./kms-keyring";
export { ensureBucket, localBucketCors, localS3ClientOptions } from "./s3-server";

/** Where the local stand-ins keep their state and where the mail viewer listens. */
export interface LocalAwsOptions {
  /** DynamoDB (LevelDB), its TTL record and S3 objects live under here. */
  dataDir: string;
  /** The local KMS master key file (JSON, mode 0600); must lie outside `dataDir`. */
  keyFile: string;
  /** Port of the SES API, mail viewer and `/store`; 0 picks a free one. */
  mailPort: number;
  /** Loopback address to bind; default 127.0.0.1. */
  host?: string;
  /** S3 buckets to create at start (idempotent), each with the local CORS rule. */
  buckets?: string[];
  /** The instant TTL expiry compares with (epoch ms); the app's clock, so a test clock expires items as AWS would. */
  now?: () => number;
}

/** The running stand-ins: SDK endpoints, the mail viewer, and the key to name in KMS calls. */
export interface LocalAws {
  endpoints: { dynamodb: string; kms: string; s3: string; ses: string };
  /** aws-ses-v2-local's web UI. */
  mailViewerUrl: string;
  /** Its JSON store (`GET`, optional `?since=<epoch seconds>`): `{ templates, emails }`. */
  mailStoreUrl: string;
  /** The alias of the one local KMS key. */
  kmsKeyId: string;
  /** Deletes expired TTL items of this instance now; resolves with how many. */
  sweepExpiredNow(): Promise<number>;
  close(): Promise<void>;
}

const running = new Set<LocalAws>();

/**
 * Starts local DynamoDB (dynalite behind a transaction/TTL proxy), KMS, S3 (s3rver) and SES
 * (aws-ses-v2-local), each on its own loopback port (the mail one on `mailPort`). If any fails to
 * start, those already started are stopped before the error is rethrown.
 */
export async function startLocalAws(opts: LocalAwsOptions): Promise<LocalAws> {
  const host = opts.host ?? "127.0.0.1";
  await assertKeyFileOutside(opts.keyFile, opts.dataDir);
  await mkdir(opts.dataDir, { recursive: true });
  const started: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(service: T): T => {
    started.push(service);
    return service;
  };
  const closeAll = async () => {
    // Stop in reverse order, and try every service even if one fails to stop.
    const results = await Promise.allSettled(started.reverse().map((service) => service.close()));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failure) throw failure.reason;
  };
  try {
    const dynamo = track(await startLocalDynamo(opts.dataDir, host, opts.now));
    const kms = track(await startLocalKms(opts.keyFile, host));
    const s3 = track(await startLocalS3(opts.dataDir, host, opts.buckets));
    const ses = track(await startLocalSes(host, opts.mailPort));
    const localAws: LocalAws = {
      endpoints: { dynamodb: dynamo.endpoint, kms: kms.endpoint, s3: s3.endpoint, ses: ses.endpoint },
      mailViewerUrl: ses.viewerUrl,
      mailStoreUrl: ses.storeUrl,
      kmsKeyId: kms.keyAlias,
      sweepExpiredNow: () => dynamo.sweeper.sweep(),
      async close() {
        running.delete(localAws);
        await closeAll();
      },
    };
    running.add(localAws);
    return localAws;
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}

/** Sweeps expired TTL items in every instance started by this process; resolves with the total deleted. */
export async function sweepExpiredNow(): Promise<number> {
  const counts = await Promise.all([...running].map((instance) => instance.sweepExpiredNow()));
  return counts.reduce((sum, count) => sum + count, 0);
}
