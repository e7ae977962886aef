import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openAccount } from "../../../functions/ledger/account-store";
import { demoAssociations, demoUnits } from "../../../functions/local/seed/demo-associations";
import { countCalls } from "../../../functions/platform/aws/call-counter";
import type { AppDeps } from "../../../functions/platform/deps";
import { type AssociationProfile, createAssociation } from "../../../functions/registry/associations";
import { putUnit } from "../../../functions/registry/units";
import { destroyDeps, freshDeps } from "../support/in-process";
import { round } from "../support/stats";
import { type CallSummary, summarize } from "../support/tally";

/**
 * Section 2 — the monthly billing run of one association of N units: DynamoDB requests and
 * capacity against the minimum ceil(2N/25) batch writes (an entry and a head per unit, 25 per
 * batch), KMS calls and time, in a fresh process (cold key cache, as a scheduled Lambda).
 */
export interface BillingRow {
  units: number;
  skipped?: string;
  calls?: CallSummary;
  writeRequests?: number;
  readRequests?: number;
  minimumWriteRequests: number;
  ms?: number;
  setupMs?: number;
  result?: unknown;
}

export interface BillingSection {
  available: boolean;
  runner?: string;
  skipped?: string;
  rows: BillingRow[];
  notes: string[];
}

type Runner = { name: string; run: (deps: AppDeps, a: AssociationProfile, period: string) => Promise<unknown> };
type Fn = (...args: unknown[]) => Promise<unknown>;

const billingDir = join(import.meta.dirname, "../../../functions/billing");
const writeCommands = ["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"];
const readCommands = ["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"];

/**
 * The billing run: `runBillingFor(deps, associationId, period)` from functions/billing/run-billing.ts,
 * else draft + publish. Only these named modules are imported (never every file: some are scripts).
 */
async function load(file: string): Promise<Record<string, unknown> | undefined> {
  const path = join(billingDir, file);
  if (!existsSync(path)) return undefined;
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    return { __error: String((error as Error)?.message ?? error).slice(0, 200) };
  }
}

async function locateRunner(): Promise<Runner | { reason: string }> {
  if (!existsSync(billingDir)) return { reason: "functions/billing does not exist" };
  const runMod = await load("run-billing.ts");
  if (runMod && typeof runMod.runBillingFor === "function") {
    const fn = runMod.runBillingFor as Fn;
    return {
      name: "functions/billing/run-billing.ts runBillingFor(deps, associationId, period)",
      run: (deps, a, period) => fn(deps, a.associationId, period),
    };
  }
  const draft = await load("draft.ts");
  const publish = await load("publish.ts");
  if (draft && publish && typeof draft.draftPeriod === "function" && typeof publish.publishPeriod === "function") {
    const draftFn = draft.draftPeriod as Fn;
    const publishFn = publish.publishPeriod as Fn;
    return {
      name: "functions/billing/draft.ts draftPeriod + publish.ts publishPeriod (deps, association, period)",
      run: async (deps, a, period) => {
        await draftFn(deps, a, period);
        return publishFn(deps, a, period);
      },
    };
  }
  const problems = [runMod, draft, publish].filter((m) => m?.__error).map((m) => String(m?.__error));
  return {
    reason: `functions/billing/run-billing.ts exports no runBillingFor${problems.length ? ` (load errors: ${problems.join("; ")})` : ""}`,
  };
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

/**
 * A synthetic association of N units: the billing colleague's functions/billing/bench-setup.ts
 * `setUp` when present (four rules, two invoices for 2026-12 — the same figures as their own
 * bench), else registry + accounts + two rules made here.
 */
async function setUpAssociation(
  deps: AppDeps,
  units: number,
  period: string,
): Promise<{ a: AssociationProfile; period: string; setup: string }> {
  const shared = await load("bench-setup.ts");
  if (shared && typeof shared.setUp === "function") {
    const id = `bench-${units}-${Date.now().toString(36)}`;
    await (shared.setUp as Fn)(deps, id, units);
    const { readAssociation } = await import("../../../functions/registry/associations");
    const a = await readAssociation(deps, id);
    if (!a) throw new Error("bench-setup.ts setUp made no association");
    return { a, period: "2026-12", setup: "functions/billing/bench-setup.ts setUp (4 rules, 2 invoices)" };
  }
  return { a: await ownSetUp(deps, units, period), period, setup: "test/bench (registry, accounts, 2 rules)" };
}

async function ownSetUp(deps: AppDeps, units: number, period: string): Promise<AssociationProfile> {
  const template = demoAssociations[0] as AssociationProfile;
  const a: AssociationProfile = {
    ...template,
    associationId: `bench-${units}-${Date.now().toString(36)}`,
    name: `Bench ${units}`,
  };
  await createAssociation(deps, a);
  await pool(demoUnits(a.associationId, units), 16, async (unit) => {
    await putUnit(deps, a.associationId, unit);
    await openAccount(deps, {
      associationId: a.associationId,
      unitId: unit.unitId,
      unitNumber: unit.number,
      currency: a.currency,
    });
  });
  const rules = (await import(pathToFileURL(join(billingDir, "rules-store.ts")).href)) as { putRule?: Fn };
  if (typeof rules.putRule !== "function") throw new Error("functions/billing/rules-store.ts has no putRule");
  await rules.putRule(deps, a.associationId, {
    ruleId: "admin-fee",
    name: "Administrator fee",
    method: "fixed",
    amount: "25.00",
    fund: "maintenance",
    exempt: [],
    validFrom: period,
  });
  await rules.putRule(deps, a.associationId, {
    ruleId: "repair-fund",
    name: "Repair fund",
    method: "rate_area",
    amount: "1.50",
    fund: "repair",
    exempt: [],
    validFrom: period,
  });
  return a;
}

const sumOf = (calls: Record<string, number>, names: string[]) => names.reduce((s, n) => s + (calls[n] ?? 0), 0);

export async function runBillingSection(base: AppDeps, sizes: number[]): Promise<BillingSection> {
  const notes = [
    "Minimum write requests = ceil(2N/25): one ledger entry and one account head per unit, 25 items per BatchWriteItem.",
    "Run in a fresh process (cold key cache), as the scheduled job's Lambda; setup (association, units, accounts, rules) is not counted.",
  ];
  const runner = await locateRunner();
  if ("reason" in runner) {
    return {
      available: false,
      skipped: `not available: ${runner.reason}`,
      rows: sizes.map((units) => ({
        units,
        skipped: "not available",
        minimumWriteRequests: Math.ceil((2 * units) / 25),
      })),
      notes,
    };
  }
  const rows: BillingRow[] = [];
  const now = base.clock.now();
  const period = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  let setup = "";
  for (const units of sizes) {
    const minimumWriteRequests = Math.ceil((2 * units) / 25);
    try {
      const setupStart = performance.now();
      const made = await setUpAssociation(base, units, period);
      const a = made.a;
      setup = made.setup;
      const setupMs = performance.now() - setupStart;
      const deps = freshDeps(base);
      try {
        const start = performance.now();
        const { result, tally } = await countCalls(() => runner.run(deps, a, made.period));
        const ms = performance.now() - start;
        const calls = summarize(tally);
        rows.push({
          units,
          calls,
          writeRequests: sumOf(calls.dynamodb, writeCommands),
          readRequests: sumOf(calls.dynamodb, readCommands),
          minimumWriteRequests,
          ms: round(ms, 0),
          setupMs: round(setupMs, 0),
          result: compact(result),
        });
      } finally {
        destroyDeps(deps);
      }
    } catch (error) {
      rows.push({
        units,
        minimumWriteRequests,
        skipped: `failed: ${String((error as Error)?.message ?? error).slice(0, 300)}`,
      });
    }
  }
  if (setup) notes.push(`Setup: ${setup}.`);
  notes.push(
    "Write requests count PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems calls; a transaction carries up to 100 items but costs 2 WCU per item, so compare WCU too.",
  );
  return { available: rows.some((r) => !r.skipped), runner: runner.name, rows, notes };
}

/** Keeps the runner's answer small in the results (counts, not lines). */
function compact(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, v) => (Array.isArray(v) && v.length > 10 ? `[${v.length} items]` : v)),
  );
}
