/**
 * The reading window of an association: owners enter readings from `fromDay` to `toDay` of each
 * month. `strict`: only then; `lenient`: late entries are still taken until the month ends.
 */
export interface WindowRule {
  fromDay: number;
  toDay: number;
  mode: "strict" | "lenient";
}

export interface WindowState {
  /** The month the readings are for (YYYY-MM): the month of today. */
  period: string;
  opensOn: string;
  closesOn: string;
  status: "before" | "open" | "late" | "closed";
  /** May an owner enter readings for `period` today? */
  ownerMayEnter: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The state of the window on a calendar day (YYYY-MM-DD, in the association's time zone). */
export function windowState(rule: WindowRule, today: string): WindowState {
  const period = today.slice(0, 7);
  const day = Number(today.slice(8, 10));
  const opensOn = `${period}-${pad(rule.fromDay)}`;
  const closesOn = `${period}-${pad(rule.toDay)}`;
  const status =
    day < rule.fromDay ? "before" : day <= rule.toDay ? "open" : rule.mode === "lenient" ? "late" : "closed";
  return { period, opensOn, closesOn, status, ownerMayEnter: status === "open" || status === "late" };
}

/** Which reminder is due today: when the window opens, and two days before it closes. */
export function reminderDue(rule: WindowRule, today: string): "open" | "closing" | undefined {
  const day = Number(today.slice(8, 10));
  if (day === rule.fromDay) return "open";
  if (day === rule.toDay - 2 && day > rule.fromDay) return "closing";
  return undefined;
}

/** Estimates are made once the window has closed (any day after it, idempotently). */
export function estimatesDue(rule: WindowRule, today: string): boolean {
  return Number(today.slice(8, 10)) > rule.toDay;
}

/** Whether a rule is usable: 1 ≤ from ≤ to ≤ 28 (every month has the days). */
export function validWindow(rule: WindowRule): boolean {
  return (
    Number.isInteger(rule.fromDay) &&
    Number.isInteger(rule.toDay) &&
    rule.fromDay >= 1 &&
    rule.fromDay <= rule.toDay &&
    rule.toDay <= 28
  );
}

/** The month before a period (YYYY-MM). */
export function previousPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The month after a period (YYYY-MM). */
export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const index = y * 12 + m;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** Whole months from `a` to `b` (positive when b is later). */
export function monthsBetween(a: string, b: string): number {
  const idx = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
  return idx(b) - idx(a);
}
