import type { LedgerEntry } from "../ledger/model/entry";
import type { Currency, Locale } from "../platform/model/schemas";
import { explainedEntry, type RunningEntry } from "./ledger-views";
import { type DebtFacts, penaltySentence, penaltyTitle } from "./line-text";
import { groupPenalties, type OwnerRow, type PenaltyGroup, withBalances } from "./model/penalty-groups";

/**
 * The lines an owner reads: each entry explained, and the daily penalties of one debt and month
 * as one line with its days kept for checking.
 */

/** The charge each penalty names, found in the account's own ledger. */
export function debtsOf(entries: readonly LedgerEntry[]): Map<string, DebtFacts> {
  const debts = new Map<string, DebtFacts>();
  for (const e of entries) {
    if (e.kind === "penalty" || e.kind === "payment") continue;
    const due = (e.explanation as { dueDate?: unknown } | undefined)?.dueDate;
    debts.set(e.entryId, {
      name: e.description,
      period: e.period,
      ...(typeof due === "string" ? { dueDate: due } : {}),
    });
  }
  return debts;
}

/** A month's penalties on one debt as one explained line, with each day underneath. */
export function penaltyLine(g: PenaltyGroup, debt: DebtFacts | undefined, currency: Currency, locale: Locale) {
  const name = penaltyTitle(debt, locale);
  return {
    // Unique even when one debt's month is split by a payment in the history (a day is charged once).
    entryId: `pens-${g.from}-${g.debtId}`,
    date: g.to,
    period: g.period,
    kind: "penalty" as const,
    fund: "penalties" as const,
    name,
    amountMinor: g.amountMinor,
    ...(g.decision ? { decision: g.decision } : {}),
    penalty: {
      debtId: g.debtId,
      ...(debt ? { debtName: debt.name, debtPeriod: debt.period } : {}),
      ...(debt?.dueDate ? { dueDate: debt.dueDate } : {}),
      from: g.from,
      to: g.to,
      days: g.days,
      capped: g.capped,
      runs: g.runs,
      daily: g.daily.map((d) => ({
        entryId: d.entryId,
        date: d.date,
        dayAfterDue: d.dayAfterDue,
        baseMinor: d.baseMinor,
        dailyRate: d.dailyRate,
        amountMinor: d.amountMinor,
        capped: d.capped,
      })),
    },
    text: penaltySentence(g, name, currency, locale),
  };
}

export type OwnerLine = ReturnType<typeof explainedEntry> & { penalty?: ReturnType<typeof penaltyLine>["penalty"] };

function lineOf<E extends LedgerEntry>(
  row: OwnerRow<E>,
  debts: ReadonlyMap<string, DebtFacts>,
  currency: Currency,
  locale: Locale,
): OwnerLine {
  if (row.kind === "entry") return explainedEntry(row.entry, currency, locale);
  return penaltyLine(row.group, debts.get(row.group.debtId), currency, locale);
}

const chargeKinds = new Set(["charge", "adjustment", "penalty"]);

/**
 * The latest period a published bill charged (charges are posted only by publishing a billing
 * run): the month whose receipt the statements page offers first. Penalties and adjustments alone
 * do not make a month billed.
 */
export function lastBilledPeriod(entries: readonly LedgerEntry[]): string | undefined {
  return entries.filter((e) => e.kind === "charge").at(-1)?.period;
}

/** The latest period with charges (what the bill shows when no period is asked for). */
export function latestChargePeriod(entries: readonly LedgerEntry[]): string | undefined {
  return entries.filter((e) => chargeKinds.has(e.kind)).at(-1)?.period;
}

/**
 * What was charged in a period, explained: the month's charges and adjustments as posted, then
 * the penalties, one line per debt (a bill lists what it is for before what is late).
 */
export function chargeLines(
  entries: readonly LedgerEntry[],
  period: string | undefined,
  currency: Currency,
  locale: Locale,
): OwnerLine[] {
  const debts = debtsOf(entries);
  const ofPeriod = entries.filter((e) => chargeKinds.has(e.kind) && e.period === period);
  const rows = groupPenalties(ofPeriod);
  const ordered = [...rows.filter((r) => r.kind === "entry"), ...rows.filter((r) => r.kind === "penalties")];
  return ordered.map((row) => lineOf(row, debts, currency, locale));
}

/**
 * Ledger rows with the running balance, penalties grouped only between two other entries so
 * each row's balance is the one before plus its amount. `shown` is the part of `all` to list
 * (a statement's range); `all` names the debts.
 */
export function runningLines(
  all: readonly LedgerEntry[],
  shown: readonly RunningEntry[],
  currency: Currency,
  locale: Locale,
): (OwnerLine & { balanceAfterMinor: number })[] {
  const debts = debtsOf(all);
  return withBalances(groupPenalties(shown, "stretch")).map(({ row, balanceAfterMinor }) => ({
    ...lineOf(row, debts, currency, locale),
    balanceAfterMinor,
  }));
}

/** One page of the history, newest first; the cursor counts rows as shown. Only the page is written out. */
export function ledgerPage(
  entries: readonly RunningEntry[],
  start: number,
  limit: number,
  currency: Currency,
  locale: Locale,
) {
  const debts = debtsOf(entries);
  const newest = withBalances(groupPenalties(entries, "stretch")).reverse();
  const page = newest.slice(start, start + limit).map(({ row, balanceAfterMinor }) => ({
    ...lineOf(row, debts, currency, locale),
    balanceAfterMinor,
  }));
  return { entries: page, next: start + limit < newest.length ? start + limit : undefined };
}
