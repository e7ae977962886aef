/**
 * A ledger entry as the domain sees it. Positive amounts raise what the owner owes (charges,
 * penalties), negative ones lower it (payments, credits). Entries are immutable: a correction is
 * a new entry with a reason. Pure data and pure functions only.
 */
export type Fund = "maintenance" | "repair" | "working_capital" | "other" | "penalties";
export type EntryKind = "charge" | "payment" | "adjustment" | "penalty";

export interface LedgerEntry {
  /** Deterministic business key (e.g. `chg-2026-11-water`): the same effect always has the same id. */
  entryId: string;
  /** Billing period `YYYY-MM` the entry belongs to. */
  period: string;
  /** Posting date `YYYY-MM-DD`. */
  date: string;
  kind: EntryKind;
  fund: Fund;
  amountMinor: number;
  description: string;
  /** Structured explanation a bill renders (rule, key, quantity, total…). */
  explanation?: Record<string, unknown>;
}

export type Balances = Partial<Record<Fund, number>>;

/** Balances after applying entries: the stored balance must always equal the sum of entries. */
export function applyEntries(balances: Balances, entries: readonly LedgerEntry[]): Balances {
  const next: Balances = { ...balances };
  for (const e of entries) {
    const sum = (next[e.fund] ?? 0) + e.amountMinor;
    if (!Number.isSafeInteger(sum)) throw new RangeError("balance overflow");
    next[e.fund] = sum;
  }
  return next;
}

export function totalOf(balances: Balances): number {
  return Object.values(balances).reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

const newestFirst = (a: LedgerEntry, b: LedgerEntry) =>
  a.date === b.date ? b.entryId.localeCompare(a.entryId) : b.date.localeCompare(a.date);

/**
 * The entries the account head keeps for the owner's home, newest first: the newest `limit`
 * penalties and the newest `limit` other entries. Penalties are posted per debt and day, so
 * without a quota of their own a few late weeks would push every charge and payment off the
 * home page (which shows a month's penalties as one line).
 */
export function latest(entries: readonly LedgerEntry[], limit: number): LedgerEntry[] {
  const sorted = [...entries].sort(newestFirst);
  const penalties = sorted.filter((e) => e.kind === "penalty").slice(0, limit);
  const others = sorted.filter((e) => e.kind !== "penalty").slice(0, limit);
  return [...penalties, ...others].sort(newestFirst);
}
