import { daysBetween } from "../kernel/dates";
import type { DebtState } from "../payments/model/open-items";

/** Aging buckets by days past the due date (day 1 = the day after it). */
export const agingBuckets = ["d0_30", "d31_60", "d61_90", "d90plus"] as const;
export type AgingBucket = (typeof agingBuckets)[number];
export type Aging = Record<AgingBucket, number>;

export function bucketOf(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 30) return "d0_30";
  if (daysPastDue <= 60) return "d31_60";
  if (daysPastDue <= 90) return "d61_90";
  return "d90plus";
}

export const emptyAging = (): Aging => ({ d0_30: 0, d31_60: 0, d61_90: 0, d90plus: 0 });

/** One unit's overdue money on `asOf`: each debt (principal and its penalties) in its age's bucket. */
export interface UnitAging {
  aging: Aging;
  overdueMinor: number;
  penaltyMinor: number;
  /** Owed but not yet due (not in any bucket). */
  notDueMinor: number;
  oldestDueDate?: string;
  daysPastDue: number;
}

/** Ages a unit's open debts on `asOf`. Pure; integer minor units throughout. */
export function ageDebts(debts: readonly DebtState[], asOf: string): UnitAging {
  const out: UnitAging = { aging: emptyAging(), overdueMinor: 0, penaltyMinor: 0, notDueMinor: 0, daysPastDue: 0 };
  for (const d of debts) {
    const open = d.outstandingMinor + d.penaltyOutstandingMinor;
    if (open <= 0) continue;
    const late = daysBetween(d.dueDate, asOf);
    if (late <= 0) {
      out.notDueMinor += open;
      continue;
    }
    out.aging[bucketOf(late)] += open;
    out.overdueMinor += open;
    out.penaltyMinor += d.penaltyOutstandingMinor;
    if (late > out.daysPastDue) {
      out.daysPastDue = late;
      out.oldestDueDate = d.dueDate;
    }
  }
  return out;
}

/** Sums of the buckets across debtors. */
export function addAging(a: Aging, b: Aging): Aging {
  return {
    d0_30: a.d0_30 + b.d0_30,
    d31_60: a.d31_60 + b.d31_60,
    d61_90: a.d61_90 + b.d61_90,
    d90plus: a.d90plus + b.d90plus,
  };
}
