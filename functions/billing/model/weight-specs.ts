import { type Period, periodDays } from "../../kernel/dates";
import { formatRatio } from "../../kernel/decimal";
import type { ExplanationKey, UnitOfMeasure } from "../../kernel/explanation";
import { type PersonCounting, personDays } from "../../kernel/person-days";
import type { WeightSpec } from "./allocation-core";
import {
  type AllocationUnit,
  AREA_DECIMALS,
  areaBasis,
  type Basis,
  basisWeight,
  CONSUMPTION_DECIMALS,
  consumptionBasis,
  SHARE_DECIMALS,
  shareBasis,
} from "./allocation-unit";

/** One weight per unit. */
export function equalSpec(method: ExplanationKey = "equal"): WeightSpec {
  return {
    method,
    weightDen: 1n,
    entry: () => ({ weight: 1n, draft: { key: method, component: "own", quantity: "1", uom: "unit" } }),
    totalText: (sum) => sum.toString(),
  };
}

/** Weights from a decimal basis (share, area, consumption) at a fixed scale, so they stay exact. */
function decimalSpec(
  method: ExplanationKey,
  uom: UnitOfMeasure,
  scale: number,
  basisOf: (u: AllocationUnit) => Basis,
  displayScale: number,
): WeightSpec {
  return {
    method,
    weightDen: 10n ** BigInt(scale),
    entry: (u) => {
      const basis = basisOf(u);
      return { weight: basisWeight(basis, scale), draft: { key: method, component: "own", quantity: basis.text, uom } };
    },
    // Totals are shown at the precision the inputs used (e.g. "1234.50" m², not "1234.500000").
    totalText: (sum) => formatRatio({ num: sum, den: 10n ** BigInt(scale) }, displayScale),
  };
}

function displayScaleOf(units: readonly AllocationUnit[], basisOf: (u: AllocationUnit) => Basis): number {
  return units.reduce((max, u) => {
    try {
      return Math.max(max, basisOf(u).scaled.scale);
    } catch {
      // Units without this basis are reported when (and if) they are actually allocated.
      return max;
    }
  }, 0);
}

/** Weights by share of common property. */
export function shareSpec(units: readonly AllocationUnit[], method: ExplanationKey = "share"): WeightSpec {
  return decimalSpec(method, "share", SHARE_DECIMALS, shareBasis, displayScaleOf(units, shareBasis));
}

/** Weights by useful area. */
export function areaSpec(units: readonly AllocationUnit[], method: ExplanationKey = "area"): WeightSpec {
  return decimalSpec(method, "m2", AREA_DECIMALS, areaBasis, displayScaleOf(units, areaBasis));
}

/** Weights by metered consumption. */
export function consumptionSpec(
  units: readonly AllocationUnit[],
  uom: UnitOfMeasure,
  method: ExplanationKey = "consumption",
): WeightSpec {
  return decimalSpec(method, uom, CONSUMPTION_DECIMALS, consumptionBasis, displayScaleOf(units, consumptionBasis));
}

/** Average persons over the period, for display: person-days / days, 2 decimals. */
export function averagePersons(days: number, period: number): string {
  const text = formatRatio({ num: BigInt(days), den: BigInt(period) }, 2);
  return text.endsWith(".00") ? text.slice(0, -3) : text;
}

/** Weights by person-days within the period (or whole-period persons under a min-days rule). */
export function personsSpec(
  period: Period,
  counting: PersonCounting = { mode: "person_days" },
  method: ExplanationKey = "persons",
): WeightSpec {
  const days = periodDays(period);
  return {
    method,
    weightDen: BigInt(days),
    entry: (u) => {
      const pd = personDays(u.persons ?? [], period, counting);
      const quantity = averagePersons(pd, days);
      return {
        weight: BigInt(pd),
        draft: { key: method, component: "own", quantity, uom: "person", personDays: pd, periodDays: days },
      };
    },
    totalText: (sum) => averagePersons(Number(sum), days),
  };
}
