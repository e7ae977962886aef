import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLambdaBundles, type LambdaBundle } from "../bench/support/lambda-bundles";

/**
 * Lambda bundle budgets (quality-bars.md): ≤ ~400 KB minified for a function that needs only
 * DynamoDB, ≤ ~650 KB with every client. Built with the esbuild options CDK uses (lib/bundling/lambda-esbuild.ts).
 * `npm run bench` reports sizes, gzip and import times; the KMS-key count is asserted in data.test.ts.
 */
let dir: string;
let bundles: LambdaBundle[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "domus-bundle-budgets-"));
  bundles = await buildLambdaBundles(dir);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sizes = () =>
  bundles.map((b) => `${b.name} ${(b.minifiedBytes / 1000).toFixed(1)} KB [${b.awsClients.join(",")}]`).join("; ");

/**
 * Regression ceilings, enforced: a change that grows a bundle past its ceiling fails here. They
 * sit ABOVE the quality bar's ~650 KB target (reported by `npm run bench` and docs/performance.md):
 * the bundled AWS SDK clients alone are ~450 KB, zod ~190 KB; the `files` Lambda carries pdfmake,
 * its fonts and fontkit for PDFs. Lower a ceiling whenever a bundle shrinks.
 */
// owner also carries the Stripe library (~250 KB minified) to create checkouts; auth verifies
// Stripe's webhooks without it (an HMAC, held against the library in its unit test); admin, files
// and jobs do not need it (fee quotes are pure code). owner's 1.35 MB (from 1.3) took in the
// Secrets Manager client for the Stripe keys and the owner's own line texts in five languages.
// files fell from 3.4 MB to 2.95 MB: fontkit's Brotli decoder is node:zlib's (lib/bundling/brotli-from-zlib.ts).
// jobs rose from 950 to 975 KB for the SQS client: schedules dispatch one message per association.
const ceilings: Record<string, number> = {
  auth: 1_150_000,
  owner: 1_350_000,
  admin: 1_500_000,
  files: 2_950_000,
  jobs: 975_000,
};

describe("budgets: Lambda bundles", () => {
  it("builds every route group and the jobs handler", () => {
    expect(bundles.map((b) => b.name).sort()).toEqual(["admin", "auth", "files", "jobs", "owner"]);
  });

  it("each bundle stays within its ceiling", () => {
    const over = bundles.filter((b) => b.minifiedBytes > (ceilings[b.name] ?? 0));
    expect(
      over.map((b) => b.name),
      sizes(),
    ).toEqual([]);
  });

  it("no bundle carries a JavaScript Brotli decoder (node:zlib has one)", () => {
    const withBrotli = bundles.filter((b) => b.topPackages.some((p) => p.name === "brotli")).map((b) => b.name);
    expect(withBrotli).toEqual([]);
  });

  it("only the owner Lambda carries the Stripe library", () => {
    const withStripe = bundles.filter((b) => b.topPackages.some((p) => p.name === "stripe")).map((b) => b.name);
    expect(withStripe).toEqual(["owner"]);
  });

  it("only the files Lambda carries the PDF engine", () => {
    const withPdf = bundles.filter((b) => b.topPackages.some((p) => p.name === "pdfmake")).map((b) => b.name);
    expect(withPdf).toEqual(["files"]);
  });
});
