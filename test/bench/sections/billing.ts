import { requireAssociation } from "../../../functions/billing/load-inputs";
import { runBillingFor } from "../../../functions/billing/run-billing";
import { readRun } from "../../../functions/billing/run-store";
import { storePublishedList } from "../../../functions/documents/published-list";
import { countCalls } from "../../../functions/platform/aws/call-counter";
import type { AppDeps } from "../../../functions/platform/deps";
import { setUp } from "../support/billing-association";
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
  /** Rendering and storing the published payment list on its first download, in a fresh process. */
  paymentList?: { ms: number; calls: CallSummary; pdfBytes: number };
  result?: unknown;
}

export interface BillingSection {
  available: boolean;
  runner?: string;
  skipped?: string;
  rows: BillingRow[];
  notes: string[];
}

const writeCommands = ["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"];
const readCommands = ["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"];

const period = "2026-12";
const setupNote = "test/bench/support/billing-association.ts: four rules and two invoices for 2026-12";

const sumOf = (calls: Record<string, number>, names: string[]) => names.reduce((s, n) => s + (calls[n] ?? 0), 0);

export async function runBillingSection(base: AppDeps, sizes: number[]): Promise<BillingSection> {
  const notes = [
    "Minimum write requests = ceil(2N/25): one ledger entry and one account head per unit, 25 items per BatchWriteItem.",
    "Run in a fresh process (cold key cache), as the scheduled job's Lambda; setup (association, units, accounts, rules) is not counted.",
    "Payment list: the published list's first download (files Lambda, another fresh process) reads the charge entries back, renders the PDF and CSV and stores them once; publishing does not wait for it.",
  ];
  const rows: BillingRow[] = [];
  for (const units of sizes) {
    const minimumWriteRequests = Math.ceil((2 * units) / 25);
    try {
      const setupStart = performance.now();
      const associationId = `bench-${units}-${Date.now().toString(36)}`;
      await setUp(base, associationId, units);
      const setupMs = performance.now() - setupStart;
      const deps = freshDeps(base);
      try {
        const start = performance.now();
        const { result, tally } = await countCalls(() => runBillingFor(deps, associationId, period));
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
          paymentList: await firstDownload(base, associationId),
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
  notes.push(`Setup: ${setupNote}.`);
  notes.push(
    "Write requests count PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems calls; a transaction carries up to 100 items but costs 2 WCU per item, so compare WCU too.",
  );
  return {
    available: rows.some((r) => !r.skipped),
    runner: "functions/billing/run-billing.ts runBillingFor",
    rows,
    notes,
  };
}

/**
 * The published list's first download, as the `files` Lambda does it after publishing: read the
 * period's charge entries back (a cold key cache, so one KMS Decrypt per account), render the PDF
 * and CSV, store both and record them on the run. Not part of the publish request.
 */
async function firstDownload(base: AppDeps, associationId: string): Promise<BillingRow["paymentList"]> {
  const deps = freshDeps(base);
  try {
    const a = await requireAssociation(deps, associationId);
    const run = await readRun(deps, associationId, period, true);
    if (!run) throw new Error("no run");
    const start = performance.now();
    const { result, tally } = await countCalls(() => storePublishedList(deps, a, run));
    return { ms: round(performance.now() - start, 0), calls: summarize(tally), pdfBytes: result.pdf.sizeBytes };
  } finally {
    destroyDeps(deps);
  }
}

/** Keeps the runner's answer small in the results (counts, not lines). */
function compact(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, v) => (Array.isArray(v) && v.length > 10 ? `[${v.length} items]` : v)),
  );
}
