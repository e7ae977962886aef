import type { LedgerEntry } from "../../ledger/model/entry";

/** The penalties of one month among the home page's latest entries, merged into one row. */
export interface RecentPenalties {
  period: string;
  from: string;
  to: string;
  /** Distinct days charged. */
  days: number;
  amountMinor: number;
  entries: LedgerEntry[];
}

export type RecentRow = { kind: "entry"; entry: LedgerEntry } | { kind: "penalties"; merged: RecentPenalties };

/**
 * The home page lists the account's latest entries (newest first). Daily penalties would push
 * everything else out of that short list, so each month's penalties, on every debt, become one
 * row standing where the newest of them stood; the charges page keeps them per debt. Pure.
 */
export function mergeRecentPenalties(recent: readonly LedgerEntry[]): RecentRow[] {
  const rows: RecentRow[] = [];
  const byPeriod = new Map<string, RecentPenalties>();
  for (const e of recent) {
    if (e.kind !== "penalty") {
      rows.push({ kind: "entry", entry: e });
      continue;
    }
    const found = byPeriod.get(e.period);
    if (found) {
      found.entries.push(e);
      continue;
    }
    const merged: RecentPenalties = {
      period: e.period,
      from: e.date,
      to: e.date,
      days: 0,
      amountMinor: 0,
      entries: [e],
    };
    byPeriod.set(e.period, merged);
    rows.push({ kind: "penalties", merged });
  }
  for (const m of byPeriod.values()) {
    const days = m.entries.map((e) => e.date).sort();
    m.from = days[0] ?? m.from;
    m.to = days.at(-1) ?? m.to;
    m.days = new Set(days).size;
    m.amountMinor = m.entries.reduce((s, e) => s + e.amountMinor, 0);
  }
  return rows;
}
