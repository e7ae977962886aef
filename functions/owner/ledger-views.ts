import type { Decision, LineSource } from "../billing/compute/types";
import { explainLine } from "../billing/explain-text";
import type { Explanation } from "../kernel/explanation";
import { type AccountHead, readAccountHead } from "../ledger/account-store";
import type { LedgerEntry } from "../ledger/model/entry";
import { readEntries } from "../ledger/read-entries";
import type { AppDeps } from "../platform/deps";
import { notFound } from "../platform/errors";
import type { Currency, Locale } from "../platform/model/schemas";
import { entryName } from "./line-text";

/** An entry with the account's balance after it. */
export type RunningEntry = LedgerEntry & { balanceAfterMinor: number };

/** Chronological order of a ledger: period, posting date, then id (stable). */
function chronological(a: LedgerEntry, b: LedgerEntry): number {
  return a.period.localeCompare(b.period) || a.date.localeCompare(b.date) || a.entryId.localeCompare(b.entryId);
}

/** The account's head and all its entries in order, each with the running balance. */
export async function accountLedger(
  deps: AppDeps,
  associationId: string,
  unitId: string,
): Promise<{ head: AccountHead; entries: RunningEntry[] }> {
  const head = await readAccountHead(deps, associationId, unitId);
  if (!head) throw notFound();
  const entries = (await readEntries(deps, head.key, associationId, unitId)).sort(chronological);
  let balance = 0;
  return {
    head,
    entries: entries.map((e) => {
      balance += e.amountMinor;
      return { ...e, balanceAfterMinor: balance };
    }),
  };
}

/** An entry as an explained line (structured + the sentence in the reader's language). */
export function explainedEntry(e: LedgerEntry, currency: Currency, locale: Locale) {
  const x = (e.explanation ?? {}) as Partial<Explanation> & {
    source?: LineSource;
    decision?: Decision;
    dueDate?: string;
  };
  const explanation = x.parts
    ? ({
        method: x.method ?? "",
        parts: x.parts,
        exempt: x.exempt,
        notBeneficiary: x.notBeneficiary,
        fund: x.fund,
      } as Explanation)
    : undefined;
  const name = entryName(e, locale);
  const text = explanation
    ? explainLine(
        { name, amountMinor: e.amountMinor, explanation, source: x.source, decision: x.decision },
        currency,
        locale,
      )
    : name;
  return {
    entryId: e.entryId,
    date: e.date,
    period: e.period,
    kind: e.kind,
    fund: e.fund,
    name,
    amountMinor: e.amountMinor,
    ...(explanation ? { explanation } : {}),
    ...(x.source ? { source: x.source } : {}),
    ...(x.decision ? { decision: x.decision } : {}),
    ...(x.dueDate ? { dueDate: x.dueDate } : {}),
    text,
  };
}

/** Totals of one year of an account. */
export interface YearSummary {
  year: string;
  chargesMinor: number;
  paymentsMinor: number;
  adjustmentsMinor: number;
  penaltiesMinor: number;
  closingBalanceMinor: number;
}

const kindField = {
  charge: "chargesMinor",
  payment: "paymentsMinor",
  adjustment: "adjustmentsMinor",
  penalty: "penaltiesMinor",
} as const;

/** Per-year totals and closing balances, oldest first. */
export function yearSummaries(entries: readonly RunningEntry[]): YearSummary[] {
  const years = new Map<string, YearSummary>();
  for (const e of entries) {
    const year = e.period.slice(0, 4);
    const y = years.get(year) ?? {
      year,
      chargesMinor: 0,
      paymentsMinor: 0,
      adjustmentsMinor: 0,
      penaltiesMinor: 0,
      closingBalanceMinor: 0,
    };
    y[kindField[e.kind]] += e.amountMinor;
    y.closingBalanceMinor = e.balanceAfterMinor;
    years.set(year, y);
  }
  return [...years.values()];
}

/** Entries of periods `from`..`to` (inclusive) with the balance before and after. */
export function statementOf(entries: readonly RunningEntry[], from: string, to: string) {
  const before = entries.filter((e) => e.period < from);
  const inRange = entries.filter((e) => e.period >= from && e.period <= to);
  const opening = before.at(-1)?.balanceAfterMinor ?? 0;
  const closing = inRange.at(-1)?.balanceAfterMinor ?? opening;
  return { openingBalanceMinor: opening, closingBalanceMinor: closing, entries: inRange };
}
