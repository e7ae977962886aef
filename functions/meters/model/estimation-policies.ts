import type { Country } from "../../platform/model/schemas";
import type { MeterKind } from "./types";

/**
 * How a missing reading is estimated, per country, as data: the average of the most recent real
 * months within a look-back, when there are at least `minMonths` of them; otherwise a norm per
 * person per month (decimal strings in the meter's unit of measure).
 */
export interface EstimationPolicy {
  recentMonths: number;
  lookbackMonths: number;
  minMonths: number;
  normsPerPerson: Partial<Record<MeterKind, string>>;
}

const waterNorms = { water_cold: "3.000", water_hot: "2.000" } as const;

export const estimationPolicies: Readonly<Record<Country, EstimationPolicy>> = {
  // Practice under Law 196/2018: the association's average, else a per-person quota.
  RO: { recentMonths: 3, lookbackMonths: 6, minMonths: 1, normsPerPerson: { ...waterNorms, gas: "8.000" } },
  PL: { recentMonths: 6, lookbackMonths: 12, minMonths: 1, normsPerPerson: { ...waterNorms } },
  // ПП 354: the 3-month average from the previous 6 months, then the regional norm.
  RU: {
    recentMonths: 3,
    lookbackMonths: 6,
    minMonths: 3,
    normsPerPerson: { water_cold: "4.850", water_hot: "3.500", electricity: "80.000", gas: "10.000" },
  },
  GENERIC: { recentMonths: 3, lookbackMonths: 6, minMonths: 1, normsPerPerson: { ...waterNorms } },
};
