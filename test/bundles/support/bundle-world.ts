import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RouteGroup, routeGroupNames } from "../../../functions/platform/http/route-groups";
import { bundleLambda } from "../../../lib/bundling/lambda-esbuild";
import { lambdaEntry } from "../../../lib/paths";
import { type LambdaName, localEnvironment, stackFacts } from "./cdk-template";
import { LambdaProcess } from "./lambda-process";
import { type SecretsAndQueues, startSecretsAndQueues } from "./secrets-and-queues";
import { type StandIns, startStandIns } from "./stand-ins";

const lambdaNames: LambdaName[] = [...routeGroupNames, "jobs"];
const region = "eu-central-1";
const table = "domus";
const bucket = "domus-documents";
const appUrl = "https://d1bundles.cloudfront.net";
const secretArn = (name: string) => `arn:aws:secretsmanager:${region}:123456789012:secret:${name}`;

/**
 * Everything the bundle suite runs against: the five bundles built as CDK builds them (the same
 * `bundleLambda` its asset bundling calls), the local AWS stand-ins with the demo seeded, and each
 * bundle started in its own Node process with its stack's environment. Stand-ins and bundles run
 * on the test clock.
 */
export interface BundleWorld {
  http: Record<RouteGroup, LambdaProcess>;
  jobs: LambdaProcess;
  /** What the stack's schedules send the jobs function. */
  scheduleInputs: unknown[];
  /** Whether the stack gives the jobs function a queue for the work each schedule fans out. */
  jobsHaveQueue: boolean;
  queues: SecretsAndQueues;
  /** The local SES store: `{ emails }` the bundles sent. */
  mailStoreUrl: string;
  /** Headers CloudFront adds to every request it forwards to the API. */
  cloudFrontHeaders: Record<string, string>;
  /** Milliseconds each step of the set-up took. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

async function buildBundles(root: string): Promise<Record<LambdaName, string>> {
  const files = {} as Record<LambdaName, string>;
  await Promise.all(
    lambdaNames.map(async (name) => {
      const outdir = join(root, "bundles", name);
      await mkdir(outdir, { recursive: true });
      await bundleLambda(lambdaEntry(name), outdir);
      files[name] = join(outdir, "index.mjs");
    }),
  );
  return files;
}

/**
 * What the Lambda runtime itself puts in a function's environment (region, credentials: the ones
 * the local S3 checks signatures with), and where the SDK finds each service: its standard
 * AWS_ENDPOINT_URL_<SERVICE> settings, so the bundle's own code path (DOMUS_STAGE=aws, no
 * endpoint in its configuration) is the one that runs.
 */
function runtimeEnvironment(name: LambdaName, aws: StandIns, queues: SecretsAndQueues): Record<string, string> {
  return {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_LAMBDA_FUNCTION_NAME: `domus-test-${name}`,
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    AWS_ENDPOINT_URL_DYNAMODB: aws.endpoints.dynamodb,
    AWS_ENDPOINT_URL_KMS: aws.endpoints.kms,
    AWS_ENDPOINT_URL_S3: aws.endpoints.s3,
    AWS_ENDPOINT_URL_SESV2: aws.endpoints.ses,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: queues.endpoint,
    AWS_ENDPOINT_URL_SQS: queues.endpoint,
  };
}

export async function startBundleWorld(): Promise<BundleWorld> {
  const timings: Record<string, number> = {};
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const out = await work();
    timings[label] = Math.round(performance.now() - started);
    return out;
  };
  const root = await mkdtemp(join(tmpdir(), "domus-bundles-"));
  // Bundling (esbuild's own process) and seeding (the stand-ins' process) run while this one synthesizes.
  const building = timed("build", () => buildBundles(root));
  const seeding = timed("stand-ins and seed", () => startStandIns(root, table, bucket, region));
  const stack = await timed("synth", async () => stackFacts());
  const [files, aws] = await Promise.all([building, seeding]);
  const originSecret = randomBytes(32).toString("base64url");
  const queues = await startSecretsAndQueues({
    // As the stack creates it: card payments off until the operator fills in the keys.
    [secretArn("card-payment-keys")]: JSON.stringify({ secretKey: "", webhookSecret: "" }),
    [secretArn("origin-verify")]: originSecret,
  });
  const resolved: Record<string, string> = {
    TABLE_NAME: table,
    BUCKET_NAME: bucket,
    KMS_KEY_ID: aws.kmsKeyId,
    APP_URL: appUrl,
    STRIPE_SECRET_ARN: secretArn("card-payment-keys"),
    ORIGIN_VERIFY_SECRET_ARN: secretArn("origin-verify"),
    JOB_QUEUE_URL: `${queues.endpoint}/123456789012/domus-test-jobs`,
  };
  const started = await timed("cold starts", () =>
    Promise.all(
      lambdaNames.map((name) =>
        LambdaProcess.start(name, files[name], {
          ...localEnvironment(stack.environments[name], resolved),
          ...runtimeEnvironment(name, aws, queues),
        }),
      ),
    ),
  );
  const byName = Object.fromEntries(started.map((p) => [p.name, p])) as Record<LambdaName, LambdaProcess>;
  return {
    http: { auth: byName.auth, owner: byName.owner, admin: byName.admin, files: byName.files },
    jobs: byName.jobs,
    scheduleInputs: stack.scheduleInputs,
    jobsHaveQueue: "JOB_QUEUE_URL" in stack.environments.jobs,
    queues,
    mailStoreUrl: aws.mailStoreUrl,
    // The header CloudFront adds with the origin secret (functions/lambda/origin-check.ts), and the viewer's address.
    cloudFrontHeaders: { "x-domus-origin-verify": originSecret, "cloudfront-viewer-address": "203.0.113.9:50123" },
    timings,
    stop: async () => {
      await Promise.all(started.map((p) => p.stop()));
      await queues.close();
      await aws.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
