import { join } from "node:path";
import { startLocalAws } from "../../../functions/local/aws";
import { seedDemo } from "../../../functions/local/seed/seed";
import { ensureBucket, ensureTable } from "../../../functions/local/table-setup";
import { loadConfig } from "../../../functions/platform/config";
import { createDeps } from "../../../functions/platform/deps";
import { createLogger } from "../../../functions/platform/log";

/**
 * The local AWS stand-ins for the bundle suite, in their own process on the test clock (started
 * with test-clock-preload.mjs, as the bundles are): S3 checks signature times against its clock,
 * so the stand-ins and the functions that sign must read the same time. Seeds the demo through the
 * app's own functions, then reports its endpoints over IPC and runs until told to stop.
 * Arguments: <root dir> <table> <bucket> <region>.
 */
const [root = "", table = "", bucket = "", region = ""] = process.argv.slice(2);
const aws = await startLocalAws({
  dataDir: join(root, "data"),
  keyFile: join(root, "keys", "master.key"),
  mailPort: 0,
});
const deps = createDeps(
  loadConfig({
    DOMUS_STAGE: "local",
    AWS_REGION: region,
    TABLE_NAME: table,
    BUCKET_NAME: bucket,
    KMS_KEY_ID: aws.kmsKeyId,
    MAIL_FROM: "no-reply@example.org",
    APP_URL: "https://seed.example.org",
    DYNAMODB_ENDPOINT: aws.endpoints.dynamodb,
    KMS_ENDPOINT: aws.endpoints.kms,
    S3_ENDPOINT: aws.endpoints.s3,
    SES_ENDPOINT: aws.endpoints.ses,
  }),
  { log: createLogger("warn", { service: "bundle-stand-ins" }) },
);
await ensureTable(deps.clients.dynamo, table);
await ensureBucket(deps.clients.s3, bucket);
await seedDemo(deps);
process.send?.({ kind: "ready", endpoints: aws.endpoints, kmsKeyId: aws.kmsKeyId, mailStoreUrl: aws.mailStoreUrl });
process.on("message", async (message: { kind: string }) => {
  if (message.kind !== "stop") return;
  await aws.close();
  process.exit(0);
});
