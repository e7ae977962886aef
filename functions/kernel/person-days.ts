import { type IsoDate, overlapDays, type Period, periodDays } from "./dates";
import { DomainError } from "./errors";

/** `count` persons living in a unit from `from` to `to` (inclusive; open-ended when absent). */
export interface PersonsEntry {
  count: number;
  from: IsoDate;
  to?: IsoDate;
}

/**
 * How persons are counted: `person_days` weighs each person by the days lived in the period;
 * `min_days` counts a person for the whole period once present at least `minDays` days
 * (Romania: persons living ≥ 15 days a month) and not at all otherwise.
 */
export type PersonCounting = { mode: "person_days" } | { mode: "min_days"; minDays: number };

function checkEntry(entry: PersonsEntry): void {
  if (!Number.isSafeInteger(entry.count) || entry.count < 0) {
    throw new DomainError("allocation.invalid_person_count", { count: String(entry.count) });
  }
}

/** Person-days of a unit within `period` under the given counting rule. */
export function personDays(
  entries: readonly PersonsEntry[],
  period: Period,
  counting: PersonCounting = { mode: "person_days" },
): number {
  const days = periodDays(period);
  return entries.reduce((sum, entry) => {
    checkEntry(entry);
    const present = overlapDays(period, entry.from, entry.to);
    const counted = counting.mode === "person_days" ? present : present >= counting.minDays ? days : 0;
    return sum + entry.count * counted;
  }, 0);
}
