import { type AccountHead, openHeads } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import type { AssociationProfile } from "../registry/associations";
import { fingerprint, summarize } from "./compute/summary";
import type { BillLine } from "./compute/types";
import { computeLines } from "./load-inputs";
import { type BillingRun, readRun, saveDraft } from "./run-store";

/** Seals each unit's total under its own account key, bound to the run item. */
function sealTotals(
  run: { associationId: string; period: string },
  heads: Map<string, AccountHead>,
  totals: Map<string, number>,
) {
  const k = keys.billingRun(run.associationId, run.period);
  const sealed: Record<string, string> = {};
  for (const [unitId, total] of totals) {
    const head = heads.get(unitId);
    if (head) sealed[unitId] = head.key.seal(`${k.pk}|${k.sk}`, `unit:${unitId}`, String(total));
  }
  return sealed;
}

/** Opens one unit's sealed total of a run. */
export function openUnitTotal(run: BillingRun, head: AccountHead | undefined, unitId: string): number | undefined {
  const sealed = run.unitTotalsSealed[unitId];
  if (!sealed || !head) return undefined;
  const k = keys.billingRun(run.associationId, run.period);
  return Number(head.key.open(`${k.pk}|${k.sk}`, `unit:${unitId}`, sealed));
}

function runOf(
  a: AssociationProfile,
  period: string,
  lines: BillLine[],
  draftedAt: string,
): Omit<BillingRun, "unitTotalsSealed"> {
  const summary = summarize(lines, []);
  return {
    associationId: a.associationId,
    period,
    status: "draft",
    fingerprint: fingerprint(lines),
    draftedAt,
    charges: summary.charges,
    totalMinor: summary.totalMinor,
    unitCount: new Set(lines.map((l) => l.unitId)).size,
    lineCount: lines.length,
  };
}

/**
 * Drafts a period: computes every line from rules, invoices and the registry and stores the
 * run's fingerprint and totals (one write). Idempotent: an unchanged draft is not rewritten; a
 * period being published or published is closed (`billing.period_closed`).
 */
export async function draftPeriod(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
): Promise<{ run: BillingRun; lines: BillLine[]; written: boolean }> {
  const existing = await readRun(deps, a.associationId, period, true);
  if (existing && existing.status !== "draft")
    throw appError("billing.period_closed", { status: 409, params: { period } });
  const { lines } = await computeLines(deps, a, period);
  const base = runOf(a, period, lines, deps.clock.now().toISOString());
  if (existing?.fingerprint === base.fingerprint) return { run: existing, lines, written: false };
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.unitId, (totals.get(l.unitId) ?? 0) + l.amountMinor);
  const heads = await openHeads(deps, a.associationId, [...totals.keys()]);
  const run: BillingRun = { ...base, unitTotalsSealed: sealTotals(base, heads, totals) };
  try {
    await saveDraft(deps, run);
  } catch (error) {
    if (isConditionFailure(error)) throw appError("billing.period_closed", { status: 409, params: { period } });
    throw error;
  }
  return { run, lines, written: true };
}
