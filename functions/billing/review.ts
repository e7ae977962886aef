import { type AccountHead, openHeads } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { Locale } from "../platform/model/schemas";
import type { AssociationProfile } from "../registry/associations";
import { listUnits } from "../registry/units";
import { byUnitNumber, fingerprint, summarize } from "./compute/summary";
import type { BillLine } from "./compute/types";
import { openUnitTotal } from "./draft";
import { explainLine } from "./explain-text";
import { computeLines, previousPeriod } from "./load-inputs";
import { postedLines } from "./posted";
import { type BillingRun, readRun } from "./run-store";

/** A line as the API shows it: structured, plus the sentence in the reader's language. */
export function presentLine(line: BillLine, a: AssociationProfile, locale: Locale) {
  return { ...line, text: explainLine(line, a.currency, locale) };
}

/** The run fields every answer shows. */
export function presentRun(run: BillingRun) {
  const { unitTotalsSealed: _u, charges: _c, fingerprint: _f, associationId: _a, ...rest } = run;
  return rest;
}

async function previousTotals(
  deps: AppDeps,
  a: AssociationProfile,
  period: string,
  unitIds: string[],
  opened?: Map<string, AccountHead>,
) {
  const prev = await readRun(deps, a.associationId, previousPeriod(period));
  if (!prev) return { prev, perUnit: new Map<string, number>() };
  const heads = opened ?? (await openHeads(deps, a.associationId, unitIds));
  const perUnit = new Map<string, number>();
  for (const id of unitIds) {
    const total = openUnitTotal(prev, heads.get(id), id);
    if (total !== undefined) perUnit.set(id, total);
  }
  return { prev, perUnit };
}

/**
 * The lines a review shows. Before publishing they are recomputed, so the reviewer sees exactly
 * what publishing would post (`stale` says the inputs moved since the draft). Once published they
 * are read back from the ledger: the list stays what was posted, with the rule versions then in
 * force, even after rules are edited.
 */
async function linesOf(deps: AppDeps, a: AssociationProfile, run: BillingRun) {
  if (run.status !== "published") {
    const { inputs, lines } = await computeLines(deps, a, run.period);
    return { units: inputs.units, lines, stale: run.status === "draft" && fingerprint(lines) !== run.fingerprint };
  }
  const units = await listUnits(deps, a.associationId);
  const { lines, heads } = await postedLines(deps, a.associationId, run.period, units);
  const billed = new Set(lines.map((l) => l.unitId));
  return { units: units.filter((u) => billed.has(u.unitId)), lines, stale: false, heads };
}

/** The payment list for review: every unit's lines, charge totals and the differences against the previous period. */
export async function reviewPeriod(deps: AppDeps, a: AssociationProfile, period: string, locale: Locale) {
  const run = await readRun(deps, a.associationId, period);
  if (!run) throw appError("billing.no_draft", { status: 404, params: { period } });
  const { units, lines, stale, heads } = await linesOf(deps, a, run);
  const summary = summarize(lines, [...units].sort(byUnitNumber));
  // Columns in entry order, as computing gives them (a published unit may lack a zero line).
  summary.charges.sort((x, y) => x.entryId.localeCompare(y.entryId));
  const { prev, perUnit } = await previousTotals(
    deps,
    a,
    period,
    summary.units.map((u) => u.unitId),
    heads,
  );
  const prevCharges = new Map(
    (prev?.charges ?? []).map((c) => [c.entryId.replace(prev?.period ?? "", ""), c.totalMinor]),
  );
  return {
    run: presentRun(run),
    currency: a.currency,
    stale,
    charges: summary.charges.map((c) => ({ ...c, previousMinor: prevCharges.get(c.entryId.replace(period, "")) })),
    units: summary.units.map((u) => {
      const previous = perUnit.get(u.unitId);
      const differenceMinor = previous === undefined ? undefined : u.totalMinor - previous;
      return { ...u, previousMinor: previous, differenceMinor, lines: u.lines.map((l) => presentLine(l, a, locale)) };
    }),
    totalMinor: summary.totalMinor,
    previousTotalMinor: prev?.totalMinor,
  };
}
