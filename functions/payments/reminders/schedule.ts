import { daysBetween } from "../../kernel/dates";
import type { DebtState } from "../model/open-items";
import type { ReminderSettings, ReminderStage } from "./settings";

/** What a unit still owes for one billing period (all funds together), with the period's due date. */
export interface PeriodDebt {
  period: string;
  dueDate: string;
  outstandingMinor: number;
}

/**
 * The stage a debt is in today: the latest one whose day has come, so a missed run catches up
 * with one message, never a burst of the stages it skipped. `before` only until the due date.
 */
export function stageOn(s: ReminderSettings, dueDate: string, today: string): ReminderStage | undefined {
  const late = daysBetween(dueDate, today);
  if (late >= s.noticeAfterDays) return "notice";
  if (late >= s.secondAfterDays) return "second";
  if (late >= s.firstAfterDays) return "first";
  if (s.daysBeforeDue > 0 && late < 0 && -late <= s.daysBeforeDue) return "before";
  return undefined;
}

/** Unpaid debts grouped by billing period (principal and penalties), oldest first. */
export function debtsByPeriod(debts: readonly DebtState[]): PeriodDebt[] {
  const byPeriod = new Map<string, PeriodDebt>();
  for (const d of debts) {
    const open = d.outstandingMinor + d.penaltyOutstandingMinor;
    if (open <= 0) continue;
    const p = byPeriod.get(d.period) ?? { period: d.period, dueDate: d.dueDate, outstandingMinor: 0 };
    p.outstandingMinor += open;
    if (d.dueDate < p.dueDate) p.dueDate = d.dueDate;
    byPeriod.set(d.period, p);
  }
  return [...byPeriod.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
