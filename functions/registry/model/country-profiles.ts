import type { Country } from "../../platform/model/schemas";
import type { CountryProfile, FundDefault, QrStandard } from "./profile-types";
import { PL_STATUTORY_INTEREST, RU_KEY_RATE } from "./rate-tables";

export type * from "./profile-types";
export { applyOverride, validateOverride } from "./validate-override";

const REPAIR: FundDefault = { code: "repair", kind: "repair", refundableOnSale: false };

/** Romania, Law 196/2018. */
const RO: CountryProfile = {
  country: "RO",
  currency: "RON",
  locale: "ro",
  formatLocale: "ro-RO",
  chargeTypes: [
    { code: "water_cold", method: "consumption", uom: "m3", differenceKey: "persons" },
    { code: "water_hot", method: "consumption", uom: "m3", differenceKey: "persons" },
    { code: "sewage", method: "consumption", uom: "m3", differenceKey: "persons" },
    { code: "heating", method: "share" },
    { code: "common_electricity", method: "persons" },
    { code: "waste", method: "persons" },
    { code: "lift", method: "beneficiaries" },
    { code: "cleaning", method: "persons" },
    { code: "administration", method: "equal" },
    { code: "repair_fund", method: "share", fund: "repair" },
    { code: "working_capital_fund", method: "share", fund: "working_capital" },
  ],
  funds: [{ code: "working_capital", kind: "working_capital", refundableOnSale: true }, REPAIR],
  dueDate: { kind: "days_after_posting", days: 20 },
  penalty: {
    kind: "accrue",
    requiresDecision: true,
    rate: { kind: "assembly_decision", maxDailyRate: "0.002" },
    tiers: [{ fromDay: 31, factor: "1" }],
    capAtPrincipal: true,
  },
  receiptQr: { default: "iban_reference", byCurrency: { EUR: "epc" } },
  meterReadingWindow: { fromDay: 20, toDay: 25 },
  personCounting: { mode: "min_days", minDays: 15 },
  limits: {
    maxDueDaysAfterPosting: 30,
    dueDateKinds: ["days_after_posting"],
    maxPenaltyDailyRate: "0.002",
    minPenaltyStartDay: 31,
  },
};

/** Poland, UWL: advances by the 10th, statutory late interest. */
const PL: CountryProfile = {
  country: "PL",
  currency: "PLN",
  locale: "pl",
  formatLocale: "pl-PL",
  chargeTypes: [
    { code: "maintenance", method: "rate_area" },
    { code: "repair_fund", method: "rate_area", fund: "repair" },
    { code: "water_cold", method: "rate_consumption", uom: "m3" },
    { code: "water_hot", method: "rate_consumption", uom: "m3" },
    { code: "heating", method: "rate_area" },
    { code: "waste", method: "rate_person" },
  ],
  funds: [REPAIR],
  dueDate: { kind: "day_of_month", day: 10, monthOffset: 0 },
  penalty: {
    kind: "accrue",
    requiresDecision: false,
    rate: { kind: "dated_table", table: PL_STATUTORY_INTEREST },
    tiers: [{ fromDay: 1, factor: "1/365" }],
    capAtPrincipal: false,
  },
  receiptQr: { default: "zbp", byCurrency: { EUR: "epc" } },
  meterReadingWindow: { fromDay: 20, toDay: 25 },
  personCounting: { mode: "person_days" },
  limits: {},
};

/** Russia, ЖК РФ art. 155 and ПП 354. */
const RU: CountryProfile = {
  country: "RU",
  currency: "RUB",
  locale: "ru",
  formatLocale: "ru-RU",
  chargeTypes: [
    { code: "maintenance", method: "rate_area" },
    { code: "capital_repair", method: "rate_area", fund: "repair" },
    { code: "water_cold", method: "rate_consumption", uom: "m3" },
    { code: "water_hot", method: "rate_consumption", uom: "m3" },
    { code: "sewage", method: "rate_consumption", uom: "m3" },
    { code: "electricity", method: "rate_consumption", uom: "kwh" },
    { code: "heating", method: "rate_area" },
    { code: "common_electricity", method: "area" },
  ],
  funds: [REPAIR],
  // By the 15th of the following month since 1 March 2026 (the 10th before).
  dueDate: { kind: "day_of_month", day: 15, monthOffset: 1 },
  penalty: {
    kind: "accrue",
    requiresDecision: false,
    rate: { kind: "dated_table", table: RU_KEY_RATE },
    tiers: [
      { fromDay: 31, toDay: 90, factor: "1/300" },
      { fromDay: 91, factor: "1/130" },
    ],
    capAtPrincipal: false,
  },
  receiptQr: { default: "gost" },
  meterReadingWindow: { fromDay: 15, toDay: 25 },
  personCounting: { mode: "person_days" },
  limits: {},
};

/** Anywhere else: 15 days, no penalties unless configured elsewhere. */
const GENERIC: CountryProfile = {
  country: "GENERIC",
  currency: "EUR",
  locale: "en",
  formatLocale: "en-GB",
  chargeTypes: [
    { code: "maintenance", method: "share" },
    { code: "water_cold", method: "consumption", uom: "m3", differenceKey: "share" },
    { code: "repair_fund", method: "share", fund: "repair" },
  ],
  funds: [REPAIR],
  dueDate: { kind: "days_after_posting", days: 15 },
  penalty: { kind: "none" },
  receiptQr: { default: "iban_reference", byCurrency: { EUR: "epc" } },
  meterReadingWindow: { fromDay: 20, toDay: 25 },
  personCounting: { mode: "person_days" },
  limits: {},
};

/** The country profiles, keyed by country. */
export const countryProfiles: Readonly<Record<Country, CountryProfile>> = { RO, PL, RU, GENERIC };

/** The profile of a country. */
export function profileFor(country: Country): CountryProfile {
  return countryProfiles[country];
}

/** The QR standard receipts use for a currency under a profile. */
export function qrStandardFor(profile: CountryProfile, currency: CountryProfile["currency"]): QrStandard {
  return profile.receiptQr.byCurrency?.[currency] ?? profile.receiptQr.default;
}
