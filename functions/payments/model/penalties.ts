import { daysBetween, fromDayNumber, type IsoDate, toDayNumber } from "../../kernel/dates";
import { divRoundHalfUp, formatRatio, type Ratio } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import { assertSafeMinor } from "../../kernel/money";
import type { PenaltyDecision, PenaltyPolicy } from "../../kernel/penalty-policy";
import { compileDailyRate, type DailyRateFn } from "./penalty-rate";

export type { DatedRate, PenaltyDecision, PenaltyPolicy, PenaltyTier, RateCap } from "../../kernel/penalty-policy";

/** A debt for penalty purposes: its principal (never penalties), due date and payments against it. */
export interface Debt {
  principalMinor: number;
  dueDate: IsoDate;
  payments?: readonly { date: IsoDate; amountMinor: number }[];
}

/** The penalty of one day, with what it was computed from. */
export interface DailyPenalty {
  day: IsoDate;
  /** Days after the due date (1 = the day after). */
  dayAfterDue: number;
  /** Unpaid principal the penalty runs on. */
  baseMinor: number;
  /** Daily rate as a decimal fraction, 10 decimals, for display; "0" when none runs. */
  dailyRate: string;
  amountMinor: number;
  /** The amount was cut so the total stays at or below the principal. */
  capped: boolean;
}

/**
 * Unpaid principal on `day`. A payment counts from the day after it is made: the payment day
 * itself still accrues, as courts count interest "up to the day of payment".
 */
export function outstandingOn(debt: Debt, day: IsoDate): number {
  const paid = (debt.payments ?? []).reduce((sum, p) => (p.date < day ? sum + assertSafeMinor(p.amountMinor) : sum), 0);
  return Math.max(0, assertSafeMinor(debt.principalMinor) - paid);
}

const rateTexts = new WeakMap<Ratio, string>();

/** Display text of a daily rate, memoised per rate object. */
function rateText(rate: Ratio): string {
  const text = rateTexts.get(rate) ?? formatRatio(rate, 10);
  rateTexts.set(rate, text);
  return text;
}

function rawDaily(debt: Debt, n: number, rateOf: DailyRateFn, dueDay = toDayNumber(debt.dueDate)): DailyPenalty {
  const day = fromDayNumber(dueDay + n);
  const baseMinor = outstandingOn(debt, day);
  const rate = n >= 1 && baseMinor > 0 ? rateOf(day, n) : null;
  if (!rate) return { day, dayAfterDue: n, baseMinor, dailyRate: "0", amountMinor: 0, capped: false };
  const amountMinor = Number(divRoundHalfUp(BigInt(baseMinor) * rate.num, rate.den));
  return { day, dayAfterDue: n, baseMinor, dailyRate: rateText(rate), amountMinor, capped: false };
}

function checkDebt(debt: Debt): void {
  if (assertSafeMinor(debt.principalMinor, "principalMinor") < 0) {
    throw new DomainError("penalty.negative_principal", { principalMinor: debt.principalMinor });
  }
}

/**
 * Daily penalties from the day after the due date through `asOf`, each rounded half-up to
 * minor units. With `capAtPrincipal` a day takes at most what is left below the principal,
 * so the total never exceeds it. Deterministic: the same inputs give the same series.
 */
export function penaltySeries(
  debt: Debt,
  asOf: IsoDate,
  policy: PenaltyPolicy,
  decision?: PenaltyDecision,
): DailyPenalty[] {
  checkDebt(debt);
  const rateOf = compileDailyRate(policy, decision);
  const cap = policy.kind === "accrue" && policy.capAtPrincipal ? debt.principalMinor : Number.POSITIVE_INFINITY;
  const series: DailyPenalty[] = [];
  const dueDay = toDayNumber(debt.dueDate);
  const days = toDayNumber(asOf) - dueDay;
  let total = 0;
  for (let n = 1; n <= days; n++) {
    const raw = rawDaily(debt, n, rateOf, dueDay);
    const amountMinor = Math.min(raw.amountMinor, cap - total);
    total += amountMinor;
    series.push({ ...raw, amountMinor, capped: amountMinor < raw.amountMinor });
  }
  return series;
}

/**
 * The penalty for exactly one day — what an idempotent daily job, keyed by debt and day, books.
 * Days on or before the due date give 0. Only a capped policy needs the days before it.
 */
export function penaltyForDay(
  debt: Debt,
  day: IsoDate,
  policy: PenaltyPolicy,
  decision?: PenaltyDecision,
): DailyPenalty {
  checkDebt(debt);
  const n = daysBetween(debt.dueDate, day);
  if (n >= 1 && policy.kind === "accrue" && policy.capAtPrincipal) {
    const last = penaltySeries(debt, day, policy, decision).at(-1);
    if (last) return last;
  }
  return rawDaily(debt, n, compileDailyRate(policy, decision));
}

/** Total penalty from the due date through `asOf` (inclusive): the sum of the daily amounts. */
export function cumulativePenalty(
  debt: Debt,
  asOf: IsoDate,
  policy: PenaltyPolicy,
  decision?: PenaltyDecision,
): number {
  return penaltySeries(debt, asOf, policy, decision).reduce((sum, d) => sum + d.amountMinor, 0);
}
