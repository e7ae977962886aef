/**
 * The data a bill line carries so that anyone can see how it was computed. The core produces
 * data only; the UI translates it, e.g. into
 * "Water: 9.5 m³ × 10.00 lei + 3 persons × 2.50 lei of the building difference".
 */

/** Splits of a total (the parts sum to the total). */
export type SplitMethod = "equal" | "share" | "area" | "persons" | "consumption" | "beneficiaries";

/** Rules that price each unit on its own (a rate times a quantity, or a fixed amount). */
export type RuleMethod = "fixed" | "rate_area" | "rate_person" | "rate_consumption";

/** How one part of a line was computed. */
export type ExplanationKey = SplitMethod | RuleMethod;

/** Units of measure a UI can translate ("m2" -> "m²"). `share` is a fraction of the common property. */
export type UnitOfMeasure = "unit" | "share" | "m2" | "m3" | "kwh" | "gcal" | "gj" | "person";

/** The funds a contribution goes to; money never moves between them. */
export type FundKind = "repair" | "working_capital" | "other";

/** One component of a line: the unit's own basis, or its part of the building-meter difference. */
export interface ExplanationPart {
  key: ExplanationKey;
  component: "own" | "building_difference";
  /** The unit's quantity on this basis as a decimal string: "9.5" m³, "54.30" m², "3" persons. */
  quantity: string;
  uom: UnitOfMeasure;
  /**
   * Major units per `uom`, decimal string ("10.00"). Given by the rule for rule-based lines;
   * for splits it is the pool divided by its basis, rounded for display (`rateIsDerived`).
   */
  rate?: string;
  rateIsDerived?: boolean;
  /** For splits: the pool that was divided and the total basis it was divided by. */
  pool?: { totalMinor: number; totalQuantity: string };
  /** For persons: exact person-days and days of the period (quantity = personDays / periodDays, rounded). */
  personDays?: number;
  periodDays?: number;
  /** For the building difference: building meter minus the sum of unit meters (may be negative). */
  buildingDifference?: { quantity: string; uom: UnitOfMeasure };
  amountMinor: number;
}

/** Why a line has the amount it has. */
export interface Explanation {
  method: ExplanationKey;
  parts: ExplanationPart[];
  /** The unit was exempted from this charge (amount 0). */
  exempt?: boolean;
  /** The charge is for beneficiaries only and this unit is not one (amount 0). */
  notBeneficiary?: boolean;
  /** Set on fund contributions. */
  fund?: { kind: FundKind; fundId?: string };
}

/** A computed amount for one unit and one charge. */
export interface ChargeLine {
  unitId: string;
  amountMinor: number;
  explanation: Explanation;
}
