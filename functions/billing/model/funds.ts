import { DomainError } from "../../kernel/errors";
import type { ChargeLine, FundKind } from "../../kernel/explanation";
import { splitByLargestRemainder } from "../../kernel/largest-remainder";
import type { Money } from "../../kernel/money";
import { allocateByArea, allocateByShare, allocateEqually } from "./allocate";
import type { AllocationScope, AllocationUnit } from "./allocation-unit";
import { fixedPerUnit, ratePerArea } from "./charge-rules";

/** How a fund contribution is computed: a fixed amount or a rate per unit, or a total split by a key. */
export type FundBasis =
  | { kind: "fixed"; amountMinor: number }
  | { kind: "rate_area"; rate: string }
  | { kind: "split"; totalMinor: number; key: "equal" | "share" | "area" };

/** A contribution to a repair, working-capital or other fund. */
export interface FundContribution {
  fund: { kind: FundKind; fundId?: string };
  currency: Money["currency"];
  basis: FundBasis;
  units: readonly AllocationUnit[];
  scope?: AllocationScope;
}

function baseLines(c: FundContribution): ChargeLine[] {
  const scope = c.scope ?? {};
  const b = c.basis;
  if (b.kind === "fixed") return fixedPerUnit(b.amountMinor, c.currency, c.units, scope);
  if (b.kind === "rate_area") return ratePerArea({ rate: b.rate, currency: c.currency, units: c.units, scope });
  const total = { amountMinor: b.totalMinor, currency: c.currency };
  if (b.key === "share") return allocateByShare(total, c.units, scope);
  if (b.key === "area") return allocateByArea(total, c.units, scope);
  return allocateEqually(total, c.units, scope);
}

/**
 * Fund contribution lines, each tagged with its fund: every fund keeps its own receipt and
 * money never moves between funds, so the fund travels with the line.
 */
export function fundContribution(c: FundContribution): ChargeLine[] {
  return baseLines(c).map((line) => ({ ...line, explanation: { ...line.explanation, fund: c.fund } }));
}

/**
 * The instalment for month `index` (0-based) of a yearly amount paid in `months` equal parts
 * (Romania: the repair fund is approved yearly and paid in equal monthly instalments). The
 * instalments sum exactly to the yearly amount; earlier months take the leftover minor units.
 */
export function instalment(yearlyMinor: number, index: number, months = 12): number {
  if (!Number.isSafeInteger(index) || index < 0 || index >= months) {
    throw new DomainError("allocation.invalid_instalment", { index, months });
  }
  return (
    splitByLargestRemainder(
      yearlyMinor,
      Array.from({ length: months }, () => 1),
    )[index] ?? 0
  );
}
