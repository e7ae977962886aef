import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleLambda } from "../../lib/bundling/lambda-esbuild";
import { lambdaEntry } from "../../lib/paths";

/**
 * The auth Lambda as deployed (the esbuild bundle CDK ships) reads its card-payment keys from
 * Secrets Manager at cold start. A local stand-in answers GetSecretValue; each cold start is a
 * fresh Node process with the environment CDK gives the function.
 */
const run = promisify(execFile);
const arn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:domus/test/stripe-AbCdEf";

let dir: string;
let bundle: string;
let server: Server;
let secretString = "";
const requests: { target: string; secretId: string }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "domus-card-keys-"));
  await bundleLambda(lambdaEntry("auth"), dir);
  bundle = join(dir, "index.mjs");
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const secretId = (JSON.parse(body || "{}") as { SecretId?: string }).SecretId ?? "";
      requests.push({ target: String(req.headers["x-amz-target"]), secretId });
      res.setHeader("content-type", "application/x-amz-json-1.1");
      res.end(JSON.stringify({ ARN: secretId, Name: "domus/test/stripe", SecretString: secretString }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
}, 120_000);

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** An HTTP API (payload 2.0) request to the Stripe webhook with a signature that cannot be valid. */
const webhookEvent = {
  version: "2.0",
  routeKey: "ANY /api/auth/{proxy+}",
  rawPath: "/api/auth/webhooks/stripe",
  rawQueryString: "",
  headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=forged", host: "api.example.org" },
  requestContext: {
    http: { method: "POST", path: "/api/auth/webhooks/stripe", protocol: "HTTP/1.1", sourceIp: "192.0.2.1" },
    requestId: "r1",
    stage: "$default",
    domainName: "api.example.org",
  },
  body: JSON.stringify({ id: "evt_1", type: "checkout.session.completed" }),
  isBase64Encoded: false,
};

/** One cold start of the bundle with the function's environment, then the webhook request. */
async function coldStartAndCallWebhook(): Promise<{ statusCode: number; body: string }> {
  const port = (server.address() as AddressInfo).port;
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const out = await m.handler(${JSON.stringify(webhookEvent)}, {});
process.stdout.write(JSON.stringify({ statusCode: out.statusCode, body: out.body }));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
    env: {
      PATH: process.env.PATH,
      DOMUS_STAGE: "aws",
      AWS_REGION: "eu-central-1",
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${port}`,
      TABLE_NAME: "domus-test",
      BUCKET_NAME: "domus-test-documents",
      KMS_KEY_ID: "arn:aws:kms:eu-central-1:123456789012:key/test",
      MAIL_FROM: "no-reply@example.org",
      APP_URL: "https://portal.example.org",
      LOG_LEVEL: "error",
      STRIPE_SECRET_ARN: arn,
    },
    timeout: 60_000,
  });
  return JSON.parse(stdout) as { statusCode: number; body: string };
}

describe("card-payment keys at cold start (bundled auth Lambda)", () => {
  it("reads the secret once and verifies webhook signatures with its keys", async () => {
    secretString = JSON.stringify({ secretKey: "sk_test_runtime", webhookSecret: "whsec_runtime" });
    requests.length = 0;
    const out = await coldStartAndCallWebhook();
    expect(requests).toEqual([{ target: "secretsmanager.GetSecretValue", secretId: arn }]);
    expect(out.statusCode).toBe(400);
    expect(JSON.parse(out.body)).toMatchObject({ error: { code: "payment.webhook_invalid" } });
  }, 90_000);

  it("keeps card payments off while the secret holds the empty values the stack creates", async () => {
    secretString = JSON.stringify({ secretKey: "", webhookSecret: "" });
    requests.length = 0;
    const out = await coldStartAndCallWebhook();
    expect(requests).toHaveLength(1);
    expect(out.statusCode).toBe(404);
  }, 90_000);
});
