import { divRoundHalfUp } from "../../kernel/decimal";
import type { EstimationPolicy } from "./estimation-policies";
import { milliOf } from "./quantity";
import { monthsBetween } from "./window";

/** One month of a register's history. */
export interface MonthConsumption {
  period: string;
  /** Thousandths. */
  consumption: bigint;
  estimated: boolean;
}

export interface EstimateInput {
  period: string;
  /** The register's past months (any order); only real months before `period` count. */
  history: readonly MonthConsumption[];
  /** Persons living in the unit (for the norm). */
  persons: number;
  /** Norm per person per month for this register, when the policy has one. */
  norm?: string;
  policy: EstimationPolicy;
}

export interface Estimate {
  consumption: bigint;
  basis: "average" | "norm" | "none";
}

/**
 * Estimates a missing month: the half-up average of the most recent real months inside the
 * look-back (when there are enough), else the norm × persons, else zero. Never negative.
 */
export function estimateConsumption(input: EstimateInput): Estimate {
  const { policy } = input;
  const usable = input.history
    .filter((h) => !h.estimated && h.consumption >= 0n)
    .filter((h) => {
      const age = monthsBetween(h.period, input.period);
      return age >= 1 && age <= policy.lookbackMonths;
    })
    .sort((a, b) => (a.period < b.period ? 1 : -1))
    .slice(0, policy.recentMonths);
  if (usable.length >= policy.minMonths && usable.length > 0) {
    const sum = usable.reduce((s, h) => s + h.consumption, 0n);
    return { consumption: divRoundHalfUp(sum, BigInt(usable.length)), basis: "average" };
  }
  if (input.norm !== undefined && input.persons > 0) {
    return { consumption: milliOf(input.norm) * BigInt(input.persons), basis: "norm" };
  }
  return { consumption: 0n, basis: "none" };
}
