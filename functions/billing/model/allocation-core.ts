import { formatRatio } from "../../kernel/decimal";
import type { ChargeLine, ExplanationKey, ExplanationPart } from "../../kernel/explanation";
import { splitByLargestRemainder } from "../../kernel/largest-remainder";
import { type Money, minorExponent } from "../../kernel/money";
import { type AllocationScope, type AllocationUnit, checkUnits, scopeStatus } from "./allocation-unit";

/** The explanation part of one unit before the pool is split. */
export type PartDraft = Omit<ExplanationPart, "amountMinor" | "rate" | "rateIsDerived" | "pool">;

/**
 * How a split method weighs units: `entry` gives a unit's exact integer weight and its
 * explanation; `weightDen` converts weights back into the basis (e.g. 10^4 for areas with four
 * decimals, days of the period for person-days) so the derived rate per unit of measure is right.
 */
export interface WeightSpec {
  method: ExplanationKey;
  weightDen: bigint;
  entry: (unit: AllocationUnit) => { weight: bigint; draft: PartDraft };
  totalText: (weightSum: bigint) => string;
}

/** The derived display rate: pool in major units per unit of the basis, 4 decimals. */
function derivedRate(pool: Money, weightSum: bigint, weightDen: bigint): string | undefined {
  if (weightSum === 0n) return undefined;
  const exponent = minorExponent[pool.currency];
  const num = BigInt(pool.amountMinor) * weightDen;
  return formatRatio({ num, den: weightSum * 10n ** BigInt(exponent) }, 4);
}

/**
 * Splits `pool` over the units in scope by `spec`; units out of scope get `null`. A zero pool
 * splits into zeros even when every weight is zero, since there is nothing to distribute.
 */
export function splitParts(
  pool: Money,
  units: readonly AllocationUnit[],
  scope: AllocationScope,
  spec: WeightSpec,
): (ExplanationPart | null)[] {
  const entries = units.map((u) => (scopeStatus(u.unitId, scope) === "in" ? spec.entry(u) : null));
  const weights = entries.map((e) => e?.weight ?? 0n);
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  const amounts =
    pool.amountMinor === 0 && weightSum === 0n
      ? weights.map(() => 0)
      : splitByLargestRemainder(pool.amountMinor, weights);
  const rate = derivedRate(pool, weightSum, spec.weightDen);
  const shared = {
    rateIsDerived: true,
    pool: { totalMinor: pool.amountMinor, totalQuantity: spec.totalText(weightSum) },
  };
  return entries.map((e, i) => (e ? { ...e.draft, rate, ...shared, amountMinor: amounts[i] ?? 0 } : null));
}

/** The line of a unit out of scope: amount 0 and the reason. */
export function outOfScopeLine(unitId: string, method: ExplanationKey, scope: AllocationScope): ChargeLine {
  const status = scopeStatus(unitId, scope);
  const flag = status === "exempt" ? { exempt: true } : { notBeneficiary: true };
  return { unitId, amountMinor: 0, explanation: { method, parts: [], ...flag } };
}

/** Splits `total` by one weight spec into one line per unit; the amounts sum exactly to the total. */
export function allocateWeighted(
  total: Money,
  units: readonly AllocationUnit[],
  scope: AllocationScope,
  spec: WeightSpec,
): ChargeLine[] {
  checkUnits(units, scope);
  const parts = splitParts(total, units, scope, spec);
  return units.map((u, i) => {
    const part = parts[i];
    if (!part) return outOfScopeLine(u.unitId, spec.method, scope);
    return { unitId: u.unitId, amountMinor: part.amountMinor, explanation: { method: spec.method, parts: [part] } };
  });
}
