import type { Period } from "../../kernel/dates";
import type { ChargeLine } from "../../kernel/explanation";
import type { Money } from "../../kernel/money";
import type { PersonCounting } from "../../kernel/person-days";
import { allocateWeighted } from "./allocation-core";
import type { AllocationScope, AllocationUnit } from "./allocation-unit";
import { areaSpec, equalSpec, personsSpec, shareSpec } from "./weight-specs";

export { splitByLargestRemainder, type Weight } from "../../kernel/largest-remainder";
export type { AllocationScope, AllocationUnit } from "./allocation-unit";
export { allocateByConsumption, type ConsumptionSplit, type DifferenceKey } from "./consumption";

/**
 * Allocation of a total over units. Every function returns one line per unit (in input order)
 * whose amounts sum exactly to the total; exempted units and non-beneficiaries get 0 with the
 * reason in the explanation.
 */

/** Splits the total equally among units in scope. */
export function allocateEqually(
  total: Money,
  units: readonly AllocationUnit[],
  scope: AllocationScope = {},
): ChargeLine[] {
  return allocateWeighted(total, units, scope, equalSpec());
}

/** Splits by share of common property (ppm integers or decimal fractions). */
export function allocateByShare(
  total: Money,
  units: readonly AllocationUnit[],
  scope: AllocationScope = {},
): ChargeLine[] {
  return allocateWeighted(total, units, scope, shareSpec(units));
}

/** Splits by useful area (decimal m²). */
export function allocateByArea(
  total: Money,
  units: readonly AllocationUnit[],
  scope: AllocationScope = {},
): ChargeLine[] {
  return allocateWeighted(total, units, scope, areaSpec(units));
}

/** Splits by person-days within `period` (or whole-period persons under a min-days rule). */
export function allocateByPersons(
  total: Money,
  units: readonly AllocationUnit[],
  period: Period,
  options: { counting?: PersonCounting; scope?: AllocationScope } = {},
): ChargeLine[] {
  return allocateWeighted(total, units, options.scope ?? {}, personsSpec(period, options.counting));
}

/** Splits equally among the listed beneficiaries (e.g. the lift, not the ground floor); others get 0. */
export function allocateToBeneficiaries(
  total: Money,
  units: readonly AllocationUnit[],
  beneficiaries: readonly string[],
  exempt: readonly string[] = [],
): ChargeLine[] {
  return allocateWeighted(total, units, { beneficiaries, exempt }, equalSpec("beneficiaries"));
}
