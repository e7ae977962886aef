import { mkdir, writeFile } from "node:fs/promises";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { startTestDomus } from "../integration/support/domus";
import { renderMarkdown } from "./report";
import { type BillingSection, runBillingSection } from "./sections/billing";
import { type BundlesSection, runBundlesSection } from "./sections/bundles";
import {
  type CallsSection,
  demoAssociation,
  ownerEmail,
  ownerSummaryPath,
  ownerUnit,
  runCallsSection,
} from "./sections/calls";
import { type CostSection, costModel, kmsKeysInTemplate } from "./sections/cost";
import { type JobsSection, runJobsSection } from "./sections/jobs";
import { type LoadSection, runLoadSection } from "./sections/load";
import { runWebSection, type WebSection } from "./sections/web";
import { appFor, destroyDeps, freshDeps, signIn } from "./support/in-process";

/**
 * `npm run bench`: Domus measured on the embedded runtime (temporary data directory, ephemeral
 * ports). Writes test/bench/results/latest.json and docs/performance.md.
 *
 * Environment: BENCH_MAX_UNITS (cap the billing sizes 50/500/5000), BENCH_SECTIONS (comma list of
 * calls,billing,bundles,web,load,cost), BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_LOAD_RATE (50/s),
 * BENCH_LOAD_SECONDS (10), BENCH_IMPORT_RUNS (5), BENCH_JOB_ASSOCIATIONS (2000 of 50 units); BENCH_RENDER_ONLY=1 rewrites docs/performance.md only.
 */
type Failed = { error: string };
export interface BenchResults {
  generatedAt: string;
  durationMs: number;
  machine: { cpuModel: string; cpus: number; memoryGb: number; platform: string; node: string };
  settings: Record<string, unknown>;
  headlines: string[];
  sections: {
    calls: CallsSection | Failed;
    billing: BillingSection | Failed;
    bundles: BundlesSection | Failed;
    web: WebSection | Failed;
    load: LoadSection | Failed;
    cost: CostSection | Failed;
    jobs?: JobsSection | Failed;
  };
}

const repo = join(import.meta.dirname, "../..");
const env = process.env;
const wanted = new Set(
  (env.BENCH_SECTIONS ?? "calls,billing,bundles,web,load,cost,jobs").split(",").map((s) => s.trim()),
);
const maxUnits = Number(env.BENCH_MAX_UNITS ?? Number.POSITIVE_INFINITY);
const billingSizes = [50, 500, 5000].filter((n) => n <= maxUnits);
const lighthouseRuns = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const loadRate = Number(env.BENCH_LOAD_RATE ?? 50);
const loadSeconds = Number(env.BENCH_LOAD_SECONDS ?? 10);
const importRuns = Number(env.BENCH_IMPORT_RUNS ?? 5);
const jobAssociations = Number(env.BENCH_JOB_ASSOCIATIONS ?? 2000);

function log(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function section<T>(name: string, fn: () => Promise<T>): Promise<T | Failed> {
  if (!wanted.has(name)) return { error: notRun };
  const start = performance.now();
  log(`${name}…`);
  try {
    const out = await fn();
    log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return out;
  } catch (error) {
    log(`${name} failed: ${(error as Error)?.stack ?? error}`);
    return { error: String((error as Error)?.message ?? error).slice(0, 500) };
  }
}

const ok = <T extends object>(s: T | Failed): s is T => !("error" in s);

function headlines(r: BenchResults["sections"]): string[] {
  const out: string[] = [];
  if (ok(r.calls)) {
    const owner = r.calls.sessions.find((s) => s.role === "owner");
    const summary = owner?.routes.find((x) => x.url === ownerSummaryPath);
    if (summary?.warm && summary.cold) {
      out.push(
        `Owner dashboard (GET ${summary.path}): ${summary.warm.dynamodbCalls} DynamoDB call(s) warm (${summary.cold.dynamodbCalls} cold), ${summary.warm.kmsCalls} KMS warm (${summary.cold.kmsCalls} cold) — target ≤ 1 DynamoDB, 0 KMS warm.`,
      );
    }
    const admin = r.calls.sessions.find((s) => s.role === "admin");
    if (admin?.skipped) out.push(`Admin session skipped: ${admin.skipped}.`);
  }
  if (ok(r.billing)) {
    if (r.billing.skipped) out.push(`Billing run: ${r.billing.skipped}.`);
    for (const b of r.billing.rows.filter((x) => !x.skipped)) {
      out.push(
        `Billing run, ${b.units} units: ${b.writeRequests} write requests vs minimum ${b.minimumWriteRequests}, ${b.readRequests} reads, ${b.calls?.kmsCalls} KMS, ${((b.ms ?? 0) / 1000).toFixed(2)} s.`,
      );
    }
    for (const b of r.billing.rows.filter((x) => x.skipped && x.skipped !== "not available")) {
      out.push(`Billing run, ${b.units} units: ${b.skipped}`);
    }
  }
  if (ok(r.bundles)) {
    const largest = [...r.bundles.bundles].sort((a, b) => b.minifiedBytes - a.minifiedBytes)[0];
    const over = r.bundles.bundles.filter((b) => b.overBudget).map((b) => b.name);
    const failing = r.bundles.bundles.filter((b) => b.importError);
    if (failing.length) {
      out.push(
        `Lambda bundles that fail to import in a fresh Node process (as on Lambda): ${failing.map((b) => b.name).join(", ")} — ${failing[0]?.importError}.`,
      );
    }
    if (largest) {
      out.push(
        `Largest Lambda bundle: ${largest.name} ${(largest.minifiedBytes / 1000).toFixed(1)} KB minified (${(largest.gzipBytes / 1000).toFixed(1)} KB gzip), import ${largest.importMedianMs ?? "—"} ms median; over budget: ${over.length ? over.join(", ") : "none"}.`,
      );
    }
  }
  if (ok(r.web)) {
    if (r.web.initialJs)
      out.push(`Web initial JS: ${(r.web.initialJs.gzipBytes / 1000).toFixed(1)} KB gzip (budget 122.9 KB = 120 KiB).`);
    for (const l of r.web.lighthouse) {
      out.push(
        l.performance === undefined
          ? `Lighthouse ${l.page}: ${l.error}`
          : `Lighthouse ${l.page}: performance ${l.performance}, LCP ${((l.lcpMs ?? 0) / 1000).toFixed(2)} s, CLS ${l.cls}.`,
      );
    }
    if (r.web.skipped) out.push(`Lighthouse: ${r.web.skipped}.`);
  }
  if (ok(r.load)) {
    out.push(
      `Load ${r.load.ratePerSecond} req/s: p50 ${r.load.latencyMs.p50} ms, p99 ${r.load.latencyMs.p99} ms, ${r.load.errors + r.load.non2xx} errors/non-2xx.`,
    );
  }
  if (ok(r.cost)) {
    out.push(
      `Cost: $${r.cost.usdPerUnitMonth.toFixed(6)} per unit per month (target ≤ $0.001); KMS keys in the CDK app: ${r.cost.kmsKeysInTemplate}.`,
    );
  }
  return out;
}

async function main() {
  const started = performance.now();
  log("starting Domus on the embedded runtime…");
  const domus = await startTestDomus();
  let calls: CallsSection | Failed;
  let load: LoadSection | Failed;
  let web: WebSection | Failed;
  let billing: BillingSection | Failed;
  let jobs: JobsSection | Failed;
  try {
    calls = await section("calls", () => runCallsSection(domus.deps));
    // A session for the loopback sections (same table, so the HTTP server accepts it).
    const deps = freshDeps(domus.deps);
    const signed = await signIn(appFor(deps), ownerEmail);
    destroyDeps(deps);
    const cookie = signed.ok ? signed.session.cookie : undefined;
    load = await section("load", async () => {
      if (!cookie) throw new Error(`owner sign-in failed: ${signed.ok ? "" : signed.reason}`);
      return runLoadSection({
        baseUrl: domus.url,
        path: ownerSummaryPath,
        cookie,
        ratePerSecond: loadRate,
        seconds: loadSeconds,
        connections: 10,
      });
    });
    web = await section("web", () =>
      runWebSection({
        baseUrl: domus.url,
        ownerHomePath: `/a/${demoAssociation}/u/${ownerUnit}`,
        sessionCookie: cookie,
        runs: lighthouseRuns,
      }),
    );
    billing = await section("billing", () => runBillingSection(domus.deps, billingSizes));
    jobs = await section("jobs", () => runJobsSection(domus.deps, jobAssociations));
  } finally {
    await domus.stop();
  }
  const bundles = await section("bundles", () => runBundlesSection(importRuns));
  const cost = await section("cost", async () => {
    if (!ok(calls)) throw new Error("needs the calls section");
    const billingIn: BillingSection = ok(billing) ? billing : { available: false, rows: [], notes: [] };
    return costModel({
      calls,
      billing: billingIn,
      bundles: ok(bundles) ? bundles : undefined,
      kmsKeys: kmsKeysInTemplate(),
    });
  });
  const sections = keepEarlierFigures({ calls, billing, bundles, web, load, cost, jobs }, await earlierResults());
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    machine: {
      cpuModel: cpus()[0]?.model ?? "unknown",
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      platform: `${platform()} ${release()}`,
      node: process.version,
    },
    settings: {
      billingSizes,
      lighthouseRuns,
      loadRate,
      loadSeconds,
      importRuns,
      jobAssociations,
      sections: [...wanted],
    },
    headlines: headlines(sections),
    sections,
  };
  const resultsDir = join(repo, "test/bench/results");
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(repo, "docs/performance.md"), renderMarkdown(results));
  log(`wrote test/bench/results/latest.json and docs/performance.md in ${(results.durationMs / 1000).toFixed(0)} s`);
  for (const h of results.headlines) process.stdout.write(`${h}\n`);
}

const notRun = "not run (BENCH_SECTIONS)";

async function earlierResults(): Promise<BenchResults | undefined> {
  const { readFile } = await import("node:fs/promises");
  try {
    return JSON.parse(await readFile(join(repo, "test/bench/results/latest.json"), "utf8")) as BenchResults;
  } catch {
    return undefined;
  }
}

/** A section left out by BENCH_SECTIONS keeps the figures of the last run that measured it. */
function keepEarlierFigures(
  sections: BenchResults["sections"],
  earlier: BenchResults | undefined,
): BenchResults["sections"] {
  const merged: Record<string, unknown> = { ...sections };
  for (const [name, value] of Object.entries(sections)) {
    const previous = earlier?.sections[name as keyof BenchResults["sections"]];
    if (value && "error" in value && value.error === notRun && previous) merged[name] = previous;
  }
  return merged as BenchResults["sections"];
}

async function renderOnly() {
  const { readFile } = await import("node:fs/promises");
  const results = JSON.parse(await readFile(join(repo, "test/bench/results/latest.json"), "utf8")) as BenchResults;
  await writeFile(join(repo, "docs/performance.md"), renderMarkdown(results));
  log("rewrote docs/performance.md from test/bench/results/latest.json");
}

(env.BENCH_RENDER_ONLY ? renderOnly() : main()).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
    process.exit(1);
  },
);
