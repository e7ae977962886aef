import type { Rule, RuleInput } from "../../lib/api";
import type { ChargeFund } from "../../lib/charge-options";
import { currentPeriod, parseAmountInput } from "../../lib/format";

/** How a rule computes each unit's charge, in the order the form offers them. */
export const ruleMethods = [
  "fixed",
  "rate_area",
  "rate_person",
  "rate_consumption",
  "split_equal",
  "split_share",
  "split_area",
  "split_persons",
] as const;

/** A rule as the form edits it: every field a string or list, the optional ones empty when unset. */
export interface RuleDraft {
  ruleId: string;
  isNew: boolean;
  name: string;
  chargeType: string;
  method: RuleInput["method"];
  amount: string;
  fund: ChargeFund;
  meter: string;
  uom: string;
  exempt: string[];
  limitBeneficiaries: boolean;
  beneficiaries: string[];
  decisionNumber: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
}

/** A split over units (rather than a rate per unit), where beneficiaries can be limited. */
export const isSplit = (method: RuleInput["method"]) => method.startsWith("split_");

export function ruleDraftOf(r: Rule): RuleDraft {
  return {
    ruleId: r.ruleId,
    isNew: false,
    name: r.name,
    chargeType: r.chargeType ?? "",
    method: r.method,
    amount: r.amount,
    fund: r.fund,
    meter: r.meter ?? "",
    uom: r.uom ?? "m3",
    exempt: r.exempt,
    limitBeneficiaries: r.beneficiaries !== undefined,
    beneficiaries: r.beneficiaries ?? [],
    decisionNumber: r.decision?.number ?? "",
    decisionDate: r.decision?.date ?? "",
    validFrom: r.validFrom,
    validTo: r.validTo ?? "",
  };
}

/** A new rule: a fixed maintenance charge from this month on. */
export const emptyRuleDraft = (): RuleDraft => ({
  ruleId: "",
  isNew: true,
  name: "",
  chargeType: "",
  method: "fixed",
  amount: "",
  fund: "maintenance",
  meter: "",
  uom: "m3",
  exempt: [],
  limitBeneficiaries: false,
  beneficiaries: [],
  decisionNumber: "",
  decisionDate: "",
  validFrom: currentPeriod(),
  validTo: "",
});

/** The request body: trimmed, optional fields left out, fields of other methods dropped. */
export function ruleBodyOf(d: RuleDraft): RuleInput {
  const consumption = d.method === "rate_consumption";
  const split = isSplit(d.method);
  return {
    name: d.name.trim(),
    ...(d.chargeType.trim() ? { chargeType: d.chargeType.trim() } : {}),
    method: d.method,
    amount: parseAmountInput(d.amount) ?? d.amount,
    fund: d.fund,
    ...(consumption && d.meter.trim() ? { meter: d.meter.trim() } : {}),
    ...(consumption ? { uom: d.uom as RuleInput["uom"] } : {}),
    exempt: d.exempt,
    ...(split && d.limitBeneficiaries ? { beneficiaries: d.beneficiaries } : {}),
    ...(d.decisionNumber.trim() && d.decisionDate
      ? { decision: { number: d.decisionNumber.trim(), date: d.decisionDate } }
      : {}),
    validFrom: d.validFrom,
    ...(d.validTo ? { validTo: d.validTo } : {}),
  };
}
