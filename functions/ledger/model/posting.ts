import { createHash } from "node:crypto";
import type { LedgerEntry } from "./entry";

/**
 * A posting: the entries of one account and one period that one call posts together (a month's
 * charges, a payment over several funds), stored as one item. The owner still sees every entry;
 * the table writes one item instead of one per line, which is what keeps a 500-unit billing run
 * near one item per account (`ceil(2N/25)` write requests, and a sixth of the capacity).
 */
export interface Posting {
  period: string;
  /** Deterministic: the same entries always make the same id (a lone entry keeps its own id). */
  postingId: string;
  entries: LedgerEntry[];
}

/** A posting's id: the entry's own for one entry, else a digest of the sorted entry ids. */
export function postingIdOf(entries: readonly LedgerEntry[]): string {
  if (entries.length === 1) return (entries[0] as LedgerEntry).entryId;
  const ids = entries.map((e) => e.entryId).sort();
  return `P-${createHash("sha256").update(ids.join("\n")).digest("base64url").slice(0, 22)}`;
}

/** Splits entries into postings by period, in the order periods first appear. */
export function postingsOf(entries: readonly LedgerEntry[]): Posting[] {
  const byPeriod = new Map<string, LedgerEntry[]>();
  for (const e of entries) byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), e]);
  return [...byPeriod].map(([period, list]) => ({ period, postingId: postingIdOf(list), entries: list }));
}

/** What is sealed for each entry of a posting (short names: the item holds many). */
export interface SealedEntry {
  i: string;
  p: string;
  t: string;
  k: LedgerEntry["kind"];
  f: LedgerEntry["fund"];
  a: number;
  d: string;
  x?: Record<string, unknown>;
}

export function toSealed(e: LedgerEntry): SealedEntry {
  return {
    i: e.entryId,
    p: e.period,
    t: e.date,
    k: e.kind,
    f: e.fund,
    a: e.amountMinor,
    d: e.description,
    ...(e.explanation ? { x: e.explanation } : {}),
  };
}

export function fromSealed(s: SealedEntry): LedgerEntry {
  return {
    entryId: s.i,
    period: s.p,
    date: s.t,
    kind: s.k,
    fund: s.f,
    amountMinor: s.a,
    description: s.d,
    ...(s.x ? { explanation: s.x } : {}),
  };
}
