import { putInvoice, putRule } from "../../../functions/billing/rules-store";
import type { AppDeps } from "../../../functions/platform/deps";
import { createAssociation } from "../../../functions/registry/associations";
import { sharesFromArea } from "../../../functions/registry/unit-import";
import { openAccounts, putUnits, type Unit } from "../../../functions/registry/units";

/** Benchmark fixture: an association of `n` units with four rules and two invoices for 2026-12. */
function units(n: number): Unit[] {
  const list = Array.from({ length: n }, (_, i) => ({
    unitId: `u${i + 1}`,
    number: String(i + 1),
    building: "B1",
    staircase: "A",
    type: "apartment" as const,
    floor: Math.floor(i / 4),
    area: `${40 + (i % 30)}.${i % 10}0`,
    sharePpm: 0,
    persons: [{ count: 1 + (i % 4), from: "2020-01-01" }],
    paymentReference: `B-${i + 1}`,
  }));
  return sharesFromArea(list);
}

export async function setUp(deps: AppDeps, id: string, n: number): Promise<void> {
  await createAssociation(deps, {
    associationId: id,
    name: id,
    legalName: id,
    fiscalCode: "31245678",
    address: "x",
    country: "RO",
    currency: "RON",
    locale: "ro",
    timezone: "Europe/Bucharest",
    bankAccounts: [{ iban: "RO49AAAA1B31007593840000", bankName: "B" }],
    billingDay: 5,
    dueDays: 20,
    boardSeesAccounts: false,
  });
  const list = units(n);
  await putUnits(deps, id, list);
  await openAccounts(deps, id, "RON", list);
  const base = { exempt: [], validFrom: "2026-01", fund: "maintenance" as const };
  await putRule(deps, id, { ...base, ruleId: "admin", name: "Administrare", method: "fixed", amount: "15.00" });
  await putRule(deps, id, { ...base, ruleId: "clean", name: "Curățenie", method: "split_persons", amount: "4800.00" });
  await putRule(deps, id, {
    ...base,
    ruleId: "repair",
    name: "Fond reparații",
    method: "split_share",
    amount: "9000.00",
    fund: "repair",
  });
  await putRule(deps, id, { ...base, ruleId: "mgmt", name: "Mgmt", method: "rate_area", amount: "0.50" });
  const consumption = Object.fromEntries(list.map((u, i) => [u.unitId, `${3 + (i % 7)}.500`]));
  const invoice = { period: "2026-12", date: "2026-12-02", currency: "RON" as const, fund: "maintenance" as const };
  await putInvoice(deps, id, {
    ...invoice,
    invoiceId: "water",
    supplier: "Apa",
    number: "1",
    amountMinor: 50_000 * n,
    name: "Apă",
    distribution: {
      key: "consumption",
      meter: "water_cold",
      buildingConsumption: `${7 * n}.000`,
      differenceKey: "persons",
    },
    consumption,
  });
  await putInvoice(deps, id, {
    ...invoice,
    invoiceId: "power",
    supplier: "Electrica",
    number: "2",
    amountMinor: 1_000 * n,
    name: "Curent",
    distribution: { key: "persons" },
  });
}
