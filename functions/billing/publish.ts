import type { LedgerEntry } from "../ledger/model/entry";
import { type AccountBatch, type PostManyResult, postMany } from "../ledger/post-many";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { AssociationProfile } from "../registry/associations";
import { computeDueDate } from "../registry/model/due-date";
import { effectiveProfile } from "../registry/profile";
import { fingerprint } from "./compute/summary";
import type { BillLine } from "./compute/types";
import { computeLines, todayIn } from "./load-inputs";
import { type BillingRun, markPublished, markPublishing, readRun } from "./run-store";

/** The ledger entry of a bill line: deterministic id, the explanation travels (sealed) with it. */
export function entryOf(line: BillLine, period: string, postedOn: string, dueDate: string): LedgerEntry {
  return {
    entryId: line.entryId,
    period,
    date: postedOn,
    kind: "charge",
    fund: line.fund,
    amountMinor: line.amountMinor,
    description: line.name,
    explanation: {
      ...line.explanation,
      source: line.source,
      dueDate,
      ...(line.decision ? { decision: line.decision } : {}),
    },
  };
}

/** Groups posted lines per account; zero lines (exempt, not a beneficiary) are shown in review but not posted. */
export function batchesOf(
  lines: readonly BillLine[],
  period: string,
  postedOn: string,
  dueDate: string,
): AccountBatch[] {
  const byUnit = new Map<string, LedgerEntry[]>();
  for (const l of lines) {
    if (l.amountMinor === 0) continue;
    const list = byUnit.get(l.unitId) ?? [];
    list.push(entryOf(l, period, postedOn, dueDate));
    byUnit.set(l.unitId, list);
  }
  return [...byUnit].map(([unitId, entries]) => ({ unitId, entries }));
}

/** `postedOn` fixes the posting date (demo seed, back-filling); `stopAfter` posts only that many accounts (tests simulate a crash). */
export interface PublishOptions {
  postedOn?: string;
  stopAfter?: number;
}

export interface PublishResult {
  period: string;
  status: "published";
  postedOn: string;
  dueDate: string;
  accounts: number;
  postedAccounts: number;
  transactions: number;
}

async function checkedRun(deps: AppDeps, a: AssociationProfile, period: string): Promise<BillingRun> {
  const run = await readRun(deps, a.associationId, period, true);
  if (!run) throw appError("billing.no_draft", { params: { period } });
  if (run.status === "published") throw appError("billing.already_published", { status: 409, params: { period } });
  return run;
}

/**
 * Publishes a drafted period exactly once. The lines are recomputed and must match the reviewed
 * draft's fingerprint; the run moves to `publishing` (fixing its posting and due dates), every
 * account's entries are posted with deterministic ids, then the period is closed. A second,
 * concurrent or resumed publish finds the entries already there and writes nothing twice.
 */
export async function publishPeriod(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
  opts: PublishOptions = {},
): Promise<PublishResult> {
  const { stopAfter } = opts;
  const run = await checkedRun(deps, a, period);
  const { lines } = await computeLines(deps, a, period);
  if (fingerprint(lines) !== run.fingerprint)
    throw appError("billing.draft_outdated", { status: 409, params: { period } });
  if (!lines.some((l) => l.amountMinor !== 0)) throw appError("billing.nothing_to_publish", { params: { period } });
  const today = opts.postedOn ?? todayIn(a.timezone, deps.clock.now());
  const dates = await markPublishing(
    deps,
    run,
    today,
    computeDueDate(effectiveProfile(a).dueDate, today, period),
  ).catch((error: unknown) => {
    if ((error as { name?: string }).name === "ConditionalCheckFailedException")
      throw appError("billing.already_published", { status: 409, params: { period } });
    throw error;
  });
  const batches = batchesOf(lines, period, dates.postedOn, dates.dueDate);
  const posted: PostManyResult = await postMany(
    deps,
    a.associationId,
    stopAfter === undefined ? batches : batches.slice(0, stopAfter),
  );
  if (stopAfter === undefined) await markPublished(deps, a.associationId, period);
  return {
    period,
    status: "published",
    ...dates,
    accounts: posted.accounts,
    postedAccounts: posted.postedAccounts,
    transactions: posted.transactions,
  };
}
