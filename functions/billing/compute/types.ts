import type { PeriodConsumption } from "../../kernel/consumption";
import type { Explanation, UnitOfMeasure } from "../../kernel/explanation";
import type { PersonCounting } from "../../kernel/person-days";
import type { Currency } from "../../platform/model/schemas";
import type { Unit } from "../../registry/units";

/** The fund a charge goes to; money never moves between funds. */
export type ChargeFund = "maintenance" | "repair" | "working_capital" | "other";

/** The assembly decision behind a rule or a distribution, shown on the bill. */
export interface Decision {
  number: string;
  date: string;
}

/** How a rule prices units: a rate or fixed amount per unit, or a monthly total split by a key. */
export type RuleMethod =
  | "fixed"
  | "rate_area"
  | "rate_person"
  | "rate_consumption"
  | "split_equal"
  | "split_share"
  | "split_area"
  | "split_persons";

/** A charge rule of an association, effective from one period (inclusive) until another (inclusive). */
export interface ChargeRule {
  ruleId: string;
  name: string;
  chargeType?: string;
  method: RuleMethod;
  /** Decimal string in major units: the fixed amount per unit, the rate per unit of measure, or the monthly total. */
  amount: string;
  fund: ChargeFund;
  /** For `rate_consumption`: which consumption (e.g. `water_cold`) and its unit of measure. */
  meter?: string;
  uom?: UnitOfMeasure;
  exempt: string[];
  beneficiaries?: string[];
  decision?: Decision;
  validFrom: string;
  validTo?: string;
  /** The saved version in force (1, 2, …); lines carry it so a bill names the version it was computed by. */
  version?: number;
}

/** How a supplier invoice is distributed. */
export interface Distribution {
  key: "equal" | "share" | "area" | "persons" | "consumption" | "beneficiaries";
  beneficiaries?: string[];
  exempt?: string[];
  /** For `consumption`: the meter kind whose readings split the invoice. */
  meter?: string;
  uom?: UnitOfMeasure;
  /** Building meter consumption; the difference to the unit meters is split by `differenceKey`. */
  buildingConsumption?: string;
  differenceKey?: "persons" | "share" | "area" | "equal";
}

/** A supplier invoice entered for a period, amount in minor units of the association currency. */
export interface Invoice {
  invoiceId: string;
  period: string;
  supplier: string;
  number: string;
  date: string;
  amountMinor: number;
  currency: Currency;
  name: string;
  fund: ChargeFund;
  distribution: Distribution;
  /** Per-unit quantities entered with the invoice (until meter readings supply them). */
  consumption?: Record<string, string>;
  decision?: Decision;
}

/** Consumption of a period: per unit, and the building meter when known. */
export type { PeriodConsumption } from "../../kernel/consumption";

/** Everything one period's bill is computed from. Pure data: the same inputs give the same lines. */
export interface BillInputs {
  period: string;
  currency: Currency;
  personCounting: PersonCounting;
  units: readonly Unit[];
  rules: readonly ChargeRule[];
  invoices: readonly Invoice[];
  /** Keyed by meter kind. */
  consumption: Readonly<Record<string, PeriodConsumption>>;
}

/** Where a line comes from, for the explainable bill. */
export type LineSource =
  | { kind: "rule"; id: string; name: string; method: RuleMethod; chargeType?: string; version?: number }
  | {
      kind: "invoice";
      id: string;
      name: string;
      supplier: string;
      invoiceNumber: string;
      invoiceDate: string;
      totalMinor: number;
    };

/** One charge of one unit in a period. */
export interface BillLine {
  unitId: string;
  /** Ledger entry id, deterministic: `chg-<period>-<ruleOrInvoiceId>`. */
  entryId: string;
  name: string;
  fund: ChargeFund;
  amountMinor: number;
  source: LineSource;
  explanation: Explanation;
  decision?: Decision;
}
