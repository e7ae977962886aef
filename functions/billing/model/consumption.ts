import type { Period } from "../../kernel/dates";
import { divRoundHalfUp, formatScaled, parseNonNegativeDecimal, rescale } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import type { ChargeLine, UnitOfMeasure } from "../../kernel/explanation";
import { assertSafeMinor, type Money, subMinor } from "../../kernel/money";
import type { PersonCounting } from "../../kernel/person-days";
import { allocateWeighted, outOfScopeLine, splitParts, type WeightSpec } from "./allocation-core";
import {
  type AllocationScope,
  type AllocationUnit,
  CONSUMPTION_DECIMALS,
  checkUnits,
  scopeStatus,
} from "./allocation-unit";
import { areaSpec, consumptionSpec, equalSpec, personsSpec, shareSpec } from "./weight-specs";

/** How the building-meter difference is split, as the assembly decided. */
export type DifferenceKey =
  | { key: "persons"; period: Period; counting?: PersonCounting }
  | { key: "share" }
  | { key: "area" }
  | { key: "equal" };

/** A metered charge, e.g. the water invoice of the building. */
export interface ConsumptionSplit {
  total: Money;
  units: readonly AllocationUnit[];
  uom: UnitOfMeasure;
  /** Building meter consumption; without it the total is split by unit consumption alone. */
  buildingConsumption?: string;
  /** Required with `buildingConsumption`. */
  difference?: DifferenceKey;
  scope?: AllocationScope;
}

function differenceSpec(
  diff: DifferenceKey,
  units: readonly AllocationUnit[],
  quantity: string,
  uom: UnitOfMeasure,
): WeightSpec {
  const base =
    diff.key === "persons"
      ? personsSpec(diff.period, diff.counting)
      : diff.key === "share"
        ? shareSpec(units)
        : diff.key === "area"
          ? areaSpec(units)
          : equalSpec();
  const buildingDifference = { quantity, uom };
  return {
    ...base,
    entry: (u) => {
      const e = base.entry(u);
      return { weight: e.weight, draft: { ...e.draft, component: "building_difference", buildingDifference } };
    },
  };
}

function unitSum(spec: WeightSpec, units: readonly AllocationUnit[], scope: AllocationScope): bigint {
  return units.reduce((sum, u) => (scopeStatus(u.unitId, scope) === "in" ? sum + spec.entry(u).weight : sum), 0n);
}

/**
 * Splits a metered total. Without a building reading: by unit consumption. With one: the share
 * of the invoice matching the units' metered consumption (total × Σunits / building, rounded
 * half-up) is split by consumption, and the rest — the building difference, negative when the
 * unit meters add up to more than the building meter — by the difference key. Each line keeps
 * both parts so the bill can explain them; the lines sum exactly to the total.
 */
export function allocateByConsumption(input: ConsumptionSplit): ChargeLine[] {
  const { total, units, uom } = input;
  const scope = input.scope ?? {};
  checkUnits(units, scope);
  const own = consumptionSpec(units, uom);
  if (input.buildingConsumption === undefined) return allocateWeighted(total, units, scope, own);
  if (!input.difference) throw new DomainError("allocation.missing_difference_key");
  const building = rescale(
    parseNonNegativeDecimal(input.buildingConsumption, CONSUMPTION_DECIMALS, "buildingConsumption"),
    CONSUMPTION_DECIMALS,
  );
  if (building === 0n)
    throw new DomainError("allocation.invalid_building_consumption", { value: input.buildingConsumption });
  const sum = unitSum(own, units, scope);
  const ownPool = assertSafeMinor(Number(divRoundHalfUp(BigInt(total.amountMinor) * sum, building)), "ownPool");
  const diffPool = subMinor(total.amountMinor, ownPool);
  const diffQuantity = formatScaled({ value: building - sum, scale: CONSUMPTION_DECIMALS });
  const ownParts = splitParts({ ...total, amountMinor: ownPool }, units, scope, own);
  const diffParts = splitParts(
    { ...total, amountMinor: diffPool },
    units,
    scope,
    differenceSpec(input.difference, units, diffQuantity, uom),
  );
  return units.map((u, i) => {
    const a = ownParts[i];
    const b = diffParts[i];
    if (!a || !b) return outOfScopeLine(u.unitId, "consumption", scope);
    return {
      unitId: u.unitId,
      amountMinor: a.amountMinor + b.amountMinor,
      explanation: { method: "consumption", parts: [a, b] },
    };
  });
}
