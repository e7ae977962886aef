import { toDayNumber } from "../../kernel/dates";
import type { LedgerEntry } from "../../ledger/model/entry";

/**
 * The daily penalty job posts one immutable entry per debt and day. An owner reads them as one
 * line per debt and month: the days, the rate, the base and the total. Pure: money is summed in
 * integer minor units, never divided.
 */

/** One day's penalty on one debt, as its entry's explanation records it. */
export interface PenaltyDay {
  entryId: string;
  debtId: string;
  date: string;
  dayAfterDue: number;
  baseMinor: number;
  dailyRate: string;
  amountMinor: number;
  capped: boolean;
  decision?: { number: string; date: string };
}

/** Consecutive days with the same base and rate: what one "n days × rate × base" sentence covers. */
export interface PenaltyRun {
  from: string;
  to: string;
  days: number;
  baseMinor: number;
  dailyRate: string;
  amountMinor: number;
}

/** The penalties of one debt in one period. */
export interface PenaltyGroup {
  debtId: string;
  period: string;
  from: string;
  to: string;
  /** Distinct days charged (a debt has at most one entry a day). */
  days: number;
  amountMinor: number;
  /** Some day was cut so the penalties stay at or below the principal. */
  capped: boolean;
  runs: PenaltyRun[];
  daily: PenaltyDay[];
  decision?: { number: string; date: string };
}

const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isWhole = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);

function decisionOf(v: unknown): PenaltyDay["decision"] {
  const d = v as { number?: unknown; date?: unknown } | undefined;
  return d && isText(d.number) && isText(d.date) ? { number: d.number, date: d.date } : undefined;
}

/** The day's facts of a penalty entry, or undefined when the entry carries no penalty structure. */
export function penaltyDayOf(e: LedgerEntry): PenaltyDay | undefined {
  const x = (e.explanation ?? {}) as Record<string, unknown>;
  if (e.kind !== "penalty" || !isText(x.debtId)) return undefined;
  if (!isWhole(x.dayAfterDue) || !isWhole(x.baseMinor) || !isText(x.dailyRate)) return undefined;
  const decision = decisionOf(x.decision);
  return {
    entryId: e.entryId,
    debtId: x.debtId,
    date: isText(x.day) ? x.day : e.date,
    dayAfterDue: x.dayAfterDue,
    baseMinor: x.baseMinor,
    dailyRate: x.dailyRate,
    amountMinor: e.amountMinor,
    capped: x.capped === true,
    ...(decision ? { decision } : {}),
  };
}

/** Splits days (sorted) into runs of consecutive days that share base and rate. */
export function runsOf(days: readonly PenaltyDay[]): PenaltyRun[] {
  const runs: PenaltyRun[] = [];
  for (const d of days) {
    const last = runs.at(-1);
    const continues =
      last &&
      last.baseMinor === d.baseMinor &&
      last.dailyRate === d.dailyRate &&
      toDayNumber(d.date) === toDayNumber(last.to) + 1;
    if (continues) {
      last.to = d.date;
      last.days += 1;
      last.amountMinor += d.amountMinor;
    } else {
      runs.push({
        from: d.date,
        to: d.date,
        days: 1,
        baseMinor: d.baseMinor,
        dailyRate: d.dailyRate,
        amountMinor: d.amountMinor,
      });
    }
  }
  return runs;
}

/** One group from the days of one debt and period. */
export function groupOf(period: string, days: readonly PenaltyDay[]): PenaltyGroup {
  const daily = [...days].sort((a, b) => a.date.localeCompare(b.date) || a.entryId.localeCompare(b.entryId));
  const first = daily[0];
  const last = daily.at(-1);
  if (!first || !last) throw new RangeError("a penalty group needs at least one day");
  const decision = [...daily].reverse().find((d) => d.decision)?.decision;
  return {
    debtId: first.debtId,
    period,
    from: first.date,
    to: last.date,
    days: new Set(daily.map((d) => d.date)).size,
    amountMinor: daily.reduce((s, d) => s + d.amountMinor, 0),
    capped: daily.some((d) => d.capped),
    runs: runsOf(daily),
    daily,
    ...(decision ? { decision } : {}),
  };
}

/** A line an owner reads: an entry as it is, or the penalty entries of one debt and period together. */
export type OwnerRow<E extends LedgerEntry> =
  | { kind: "entry"; entry: E }
  | { kind: "penalties"; group: PenaltyGroup; entries: E[] };

/**
 * Groups the penalty entries of the same debt and period; other entries (and penalties without a
 * structured explanation) stay single, in their order. A group stands where its first entry stood.
 * With `within: "stretch"` only penalties with no other entry between them are grouped, so a
 * running balance read row after row stays right (used for history and statements).
 */
export function groupPenalties<E extends LedgerEntry>(
  entries: readonly E[],
  within: "period" | "stretch" = "period",
): OwnerRow<E>[] {
  type Draft = { kind: "entry"; entry: E } | { kind: "penalties"; period: string; days: PenaltyDay[]; entries: E[] };
  const drafts: Draft[] = [];
  let open = new Map<string, Draft & { kind: "penalties" }>();
  for (const e of entries) {
    const day = penaltyDayOf(e);
    if (!day) {
      drafts.push({ kind: "entry", entry: e });
      if (within === "stretch") open = new Map();
      continue;
    }
    const key = `${e.period}\u241f${day.debtId}`;
    const found = open.get(key);
    if (found) {
      found.days.push(day);
      found.entries.push(e);
      continue;
    }
    const draft = { kind: "penalties" as const, period: e.period, days: [day], entries: [e] };
    open.set(key, draft);
    drafts.push(draft);
  }
  return drafts.map((d) =>
    d.kind === "entry" ? d : { kind: "penalties", group: groupOf(d.period, d.days), entries: d.entries },
  );
}

/** The amount of a row: the entry's, or the sum of the group's entries. */
export const rowAmount = <E extends LedgerEntry>(r: OwnerRow<E>): number =>
  r.kind === "entry" ? r.entry.amountMinor : r.group.amountMinor;

/**
 * Each row with the account's balance after it, read row after row from the balance before the
 * first entry. Grouped by stretch, a group ends where the true balance is known again, so every
 * row's balance is the previous one plus its amount and the last one is the entries' own.
 */
export function withBalances<E extends LedgerEntry & { balanceAfterMinor: number }>(
  rows: readonly OwnerRow<E>[],
): { row: OwnerRow<E>; balanceAfterMinor: number }[] {
  const first = rows[0];
  const firstEntry = first?.kind === "entry" ? first.entry : first?.entries[0];
  let balance = firstEntry ? firstEntry.balanceAfterMinor - firstEntry.amountMinor : 0;
  return rows.map((row) => {
    balance += rowAmount(row);
    return { row, balanceAfterMinor: balance };
  });
}
