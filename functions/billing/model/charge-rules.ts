import { type Period, periodDays } from "../../kernel/dates";
import { divRoundHalfUp, formatScaled, parseNonNegativeDecimal, type Ratio, scaledToRatio } from "../../kernel/decimal";
import type { ChargeLine, ExplanationPart, RuleMethod, UnitOfMeasure } from "../../kernel/explanation";
import { assertSafeMinor, minorExponent } from "../../kernel/money";
import { type PersonCounting, personDays } from "../../kernel/person-days";
import type { Currency } from "../../platform/model/schemas";
import { outOfScopeLine } from "./allocation-core";
import {
  type AllocationScope,
  type AllocationUnit,
  areaBasis,
  checkUnits,
  consumptionBasis,
  RATE_DECIMALS,
  scopeStatus,
} from "./allocation-unit";
import { averagePersons } from "./weight-specs";

/**
 * Rule-based charges: each unit is priced on its own (a rate times its quantity, or a fixed
 * amount), so lines do not sum to a given total. Rates are decimal strings in major units per
 * unit of measure ("2.50" lei per m²); each line is rounded half-up to minor units.
 */
export interface RateRule {
  /** Major units per unit of measure, up to 6 decimals. */
  rate: string;
  currency: Currency;
  units: readonly AllocationUnit[];
  scope?: AllocationScope;
}

type Quantity = { ratio: Ratio; quantity: string; uom: UnitOfMeasure; extra?: Partial<ExplanationPart> };

function ratedLines(method: RuleMethod, rule: RateRule, quantityOf: (u: AllocationUnit) => Quantity): ChargeLine[] {
  const scope = rule.scope ?? {};
  checkUnits(rule.units, scope);
  const rate = scaledToRatio(parseNonNegativeDecimal(rule.rate, RATE_DECIMALS, "rate"));
  const minorPerMajor = 10n ** BigInt(minorExponent[rule.currency]);
  return rule.units.map((u) => {
    if (scopeStatus(u.unitId, scope) !== "in") return outOfScopeLine(u.unitId, method, scope);
    const q = quantityOf(u);
    const exact = divRoundHalfUp(q.ratio.num * rate.num * minorPerMajor, q.ratio.den * rate.den);
    const amountMinor = assertSafeMinor(Number(exact), `${u.unitId}.amountMinor`);
    const part: ExplanationPart = {
      key: method,
      component: "own",
      quantity: q.quantity,
      uom: q.uom,
      rate: rule.rate,
      ...q.extra,
      amountMinor,
    };
    return { unitId: u.unitId, amountMinor, explanation: { method, parts: [part] } };
  });
}

/** The same fixed amount for every unit in scope (e.g. administrator's fee per apartment). */
export function fixedPerUnit(
  amountMinor: number,
  currency: Currency,
  units: readonly AllocationUnit[],
  scope: AllocationScope = {},
): ChargeLine[] {
  assertSafeMinor(amountMinor);
  const rate = formatScaled({ value: BigInt(amountMinor), scale: minorExponent[currency] });
  return ratedLines("fixed", { rate, currency, units, scope }, () => ({
    ratio: { num: 1n, den: 1n },
    quantity: "1",
    uom: "unit",
  }));
}

/** Rate per m² of useful area (PL eksploatacja, RU содержание). */
export function ratePerArea(rule: RateRule): ChargeLine[] {
  return ratedLines("rate_area", rule, (u) => {
    const basis = areaBasis(u);
    return { ratio: scaledToRatio(basis.scaled), quantity: basis.text, uom: "m2" };
  });
}

/** Rate per metered unit (m³, kWh …). */
export function ratePerConsumption(rule: RateRule & { uom: UnitOfMeasure }): ChargeLine[] {
  return ratedLines("rate_consumption", rule, (u) => {
    const basis = consumptionBasis(u);
    return { ratio: scaledToRatio(basis.scaled), quantity: basis.text, uom: rule.uom };
  });
}

/** Rate per person per period, pro rata of person-days: person-days / days in period × rate. */
export function ratePerPerson(rule: RateRule & { period: Period; counting?: PersonCounting }): ChargeLine[] {
  const days = periodDays(rule.period);
  return ratedLines("rate_person", rule, (u) => {
    const pd = personDays(u.persons ?? [], rule.period, rule.counting);
    return {
      ratio: { num: BigInt(pd), den: BigInt(days) },
      quantity: averagePersons(pd, days),
      uom: "person",
      extra: { personDays: pd, periodDays: days },
    };
  });
}
