import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { budgetFor, buildLambdaBundles } from "../support/lambda-bundles";
import { median, round } from "../support/stats";

/** Section 3 — Lambda bundles as CDK builds them: sizes, AWS clients inside, import time. */
export interface BundleRow {
  name: string;
  minifiedBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  overBudget: boolean;
  awsClients: string[];
  topPackages: { name: string; bytes: number }[];
  /** Median over runs of `await import(bundle)` inside a fresh Node process (excludes Node start-up). */
  importMedianMs?: number;
  /** Median wall time of the whole `node -e import(…)` process. */
  processMedianMs?: number;
  importError?: string;
}

export interface BundlesSection {
  runs: number;
  nodeVersion: string;
  bundles: BundleRow[];
  notes: string[];
}

/** Dummy settings the entries validate at import (no call leaves the process). */
const dummyEnv = {
  DOMUS_STAGE: "aws",
  AWS_REGION: "eu-central-1",
  TABLE_NAME: "domus-bench",
  BUCKET_NAME: "domus-bench-documents",
  KMS_KEY_ID: "arn:aws:kms:eu-central-1:123456789012:key/00000000-0000-0000-0000-000000000000",
  MAIL_FROM: "no-reply@example.org",
  APP_URL: "https://portal.example.org",
  LOG_LEVEL: "error",
};

function importOnce(file: string): { importMs?: number; processMs: number; error?: string } {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { PATH: process.env.PATH ?? "", ...dummyEnv },
    encoding: "utf8",
    timeout: 30_000,
  });
  const processMs = performance.now() - start;
  if (child.status !== 0) {
    const lines = (child.stderr || `exit ${child.status}`).split("\n");
    const error = lines.find((l) => /^\w*Error\b|^Error \[/.test(l)) ?? lines[0] ?? "";
    return { processMs, error: error.slice(0, 300) };
  }
  return { importMs: Number(child.stdout), processMs };
}

export async function runBundlesSection(runs = 5): Promise<BundlesSection> {
  const dir = await mkdtemp(join(tmpdir(), "domus-bundles-"));
  try {
    const built = await buildLambdaBundles(dir);
    const bundles: BundleRow[] = [];
    for (const b of built) {
      const samples = Array.from({ length: runs }, () => importOnce(b.file));
      const failed = samples.find((s) => s.error);
      const budget = budgetFor(b);
      bundles.push({
        name: b.name,
        minifiedBytes: b.minifiedBytes,
        gzipBytes: b.gzipBytes,
        budgetBytes: budget,
        overBudget: b.minifiedBytes > budget,
        awsClients: b.awsClients,
        topPackages: b.topPackages,
        ...(failed
          ? { importError: failed.error }
          : {
              importMedianMs: round(median(samples.map((s) => s.importMs ?? 0)), 1),
              processMedianMs: round(median(samples.map((s) => s.processMs)), 1),
            }),
      });
    }
    return {
      runs,
      nodeVersion: process.version,
      bundles,
      notes: [
        "Built with lib/bundling/lambda-esbuild.ts, the options CDK bundles with.",
        "Sizes in bytes; gzip at level 9. Budgets: 400 KB when the bundle holds only the DynamoDB client, else 650 KB (KB = 1,000 bytes).",
        `Import time: ${runs} fresh \`node\` processes per bundle (${process.version} here; Lambda runs Node 22 on arm64), medians.`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
