import type { ChargeRule, Invoice } from "../../billing/compute/types";
import { putInvoice, putRule } from "../../billing/rules-store";
import { runBillingFor } from "../../billing/run-billing";
import { readAccountHead } from "../../ledger/account-store";
import type { LedgerEntry } from "../../ledger/model/entry";
import { postEntries } from "../../ledger/post-entries";
import { readEntries } from "../../ledger/read-entries";
import type { AppDeps } from "../../platform/deps";
import type { AssociationProfile } from "../../registry/associations";
import type { Unit } from "../../registry/units";

/** The demo's billed months. */
export const demoPeriods = ["2026-09", "2026-10", "2026-11"] as const;

const rule = (r: Omit<ChargeRule, "exempt" | "validFrom"> & Partial<ChargeRule>): ChargeRule => ({
  exempt: [],
  validFrom: "2026-01",
  ...r,
});

function roRules(units: readonly Unit[]): ChargeRule[] {
  const decision = { number: "3", date: "2026-01-15" };
  return [
    rule({
      ruleId: "administration",
      name: "Administrare",
      method: "fixed",
      amount: "15.00",
      fund: "maintenance",
      decision,
    }),
    rule({
      ruleId: "cleaning",
      name: "Curățenie scară",
      method: "split_persons",
      amount: "480.00",
      fund: "maintenance",
    }),
    rule({
      ruleId: "repair-fund",
      name: "Fond de reparații",
      method: "split_share",
      amount: "600.00",
      fund: "repair",
      decision,
    }),
    // The ground floor does not use the lift (a beneficiaries key).
    rule({
      ruleId: "lift",
      name: "Lift",
      method: "split_equal",
      amount: "360.00",
      fund: "maintenance",
      beneficiaries: units.filter((u) => u.floor > 0).map((u) => u.unitId),
    }),
  ];
}

function plRules(): ChargeRule[] {
  const decision = { number: "5/2026", date: "2026-02-20" };
  return [
    rule({
      ruleId: "management",
      name: "Koszty zarządu",
      method: "rate_area",
      amount: "4.50",
      fund: "maintenance",
      decision,
    }),
    rule({
      ruleId: "repair-fund",
      name: "Fundusz remontowy",
      method: "rate_area",
      amount: "1.50",
      fund: "repair",
      decision,
    }),
    rule({ ruleId: "waste", name: "Wywóz odpadów", method: "rate_person", amount: "36.00", fund: "maintenance" }),
  ];
}

/** Deterministic per-unit water readings (m³, three decimals). */
function readings(units: readonly Unit[], month: number): Record<string, string> {
  return Object.fromEntries(units.map((u, i) => [u.unitId, `${4 + ((i * 7 + month) % 6)}.${(i * 3 + month) % 10}00`]));
}

function waterInvoice(a: AssociationProfile, units: readonly Unit[], period: string, month: number): Invoice {
  const ro = a.country === "RO";
  const consumption = readings(units, month);
  const own = Object.values(consumption).reduce((s, q) => s + Number(q.replace(".", "")), 0);
  const building = `${Math.floor((own * 108) / 100 / 1000)}.000`;
  return {
    invoiceId: `water-${period}`,
    period,
    supplier: ro ? "Compania de Apă Someș" : "MPWiK Kraków",
    number: `${ro ? "CJ" : "FV"}-${period.replace("-", "")}-118`,
    date: `${period}-03`,
    amountMinor: ro ? 245_000 + month * 1_150 : 198_000 + month * 900,
    currency: a.currency,
    name: ro ? "Apă rece" : "Woda zimna",
    fund: "maintenance",
    distribution: {
      key: "consumption",
      meter: "water_cold",
      uom: "m3",
      buildingConsumption: building,
      differenceKey: ro ? "persons" : "area",
    },
    consumption,
  };
}

function electricityInvoice(a: AssociationProfile, period: string, month: number): Invoice {
  return {
    invoiceId: `electricity-${period}`,
    period,
    supplier: "Electrica Furnizare",
    number: `EF-${period.replace("-", "")}-77`,
    date: `${period}-02`,
    amountMinor: 41_870 + month * 310,
    currency: a.currency,
    name: "Energie electrică părți comune",
    fund: "maintenance",
    distribution: { key: "persons" },
  };
}

/** Pays each fund of September and October in full (every fifth unit is behind), as bank transfers. */
async function seedPayments(deps: AppDeps, a: AssociationProfile, unit: Unit): Promise<void> {
  if (Number(unit.number) % 5 === 0) return;
  const head = await readAccountHead(deps, a.associationId, unit.unitId, true);
  if (!head) return;
  const entries = await readEntries(deps, head.key, a.associationId, unit.unitId);
  const text = a.country === "RO" ? "Întreținere — plată prin transfer bancar" : "Zaliczka — wpłata przelewem";
  const payments: LedgerEntry[] = [];
  for (const period of demoPeriods.slice(0, 2)) {
    const byFund = new Map<LedgerEntry["fund"], number>();
    for (const e of entries.filter((x) => x.period === period))
      byFund.set(e.fund, (byFund.get(e.fund) ?? 0) + e.amountMinor);
    for (const [fund, owed] of byFund) {
      payments.push({
        entryId: `pay-${period}-bank-${fund}`,
        period,
        date: `${period}-18`,
        kind: "payment",
        fund,
        amountMinor: -owed,
        description: text,
      });
    }
  }
  await postEntries(deps, a.associationId, unit.unitId, payments);
}

/**
 * The demo's billing history made by the real engine: rules and invoices, then a billing run per
 * month (draft → publish, posted on the 5th), then the owners' payments.
 */
export async function seedBilling(deps: AppDeps, a: AssociationProfile, units: readonly Unit[]): Promise<void> {
  const rules = a.country === "RO" ? roRules(units) : plRules();
  for (const r of rules) await putRule(deps, a.associationId, r);
  for (const [i, period] of demoPeriods.entries()) {
    await putInvoice(deps, a.associationId, waterInvoice(a, units, period, i));
    if (a.country === "RO") await putInvoice(deps, a.associationId, electricityInvoice(a, period, i));
    await runBillingFor(deps, a.associationId, period, { postedOn: `${period}-05` });
  }
  for (const unit of units) await seedPayments(deps, a, unit);
}
