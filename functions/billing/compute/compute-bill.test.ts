import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharesFromArea } from "../../registry/unit-import";
import type { Unit } from "../../registry/units";
import { computeBill } from "./compute-bill";
import { fingerprint } from "./summary";
import type { BillInputs, Distribution, Invoice } from "./types";

const unitArb = fc.record({
  area: fc.integer({ min: 1, max: 20_000 }),
  persons: fc.integer({ min: 0, max: 6 }),
  water: fc.integer({ min: 0, max: 30_000 }),
});

function registry(specs: { area: number; persons: number }[]): Unit[] {
  const units = specs.map((s, i) => ({
    unitId: `u${i}`,
    number: String(i + 1),
    building: "",
    staircase: "",
    type: "apartment" as const,
    floor: i % 5,
    area: `${Math.floor(s.area / 100)}.${String(s.area % 100).padStart(2, "0")}`,
    sharePpm: 0,
    persons: [{ count: s.persons + 1, from: "2020-01-01" }],
    paymentReference: `R${i}`,
  }));
  return sharesFromArea(units);
}

const keys: Distribution["key"][] = ["equal", "share", "area", "persons", "consumption", "beneficiaries"];

function inputs(units: Unit[], invoice: Invoice): BillInputs {
  return {
    period: "2026-11",
    currency: "RON",
    personCounting: { mode: "min_days", minDays: 15 },
    units,
    rules: [],
    invoices: [invoice],
    consumption: {},
  };
}

describe("computeBill", () => {
  it("splits every invoice exactly, by any key, with building difference", () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.constantFrom(...keys),
        fc.boolean(),
        (specs, amountMinor, key, withBuilding) => {
          const units = registry(specs);
          const consumption = Object.fromEntries(
            units.map((u, i) => [
              u.unitId,
              `${Math.floor((specs[i]?.water ?? 0) / 1000)}.${String((specs[i]?.water ?? 0) % 1000).padStart(3, "0")}`,
            ]),
          );
          const ownTotal = specs.reduce((s, x) => s + x.water, 0);
          if (key === "consumption" && ownTotal === 0) return;
          const building = withBuilding ? `${Math.floor((ownTotal * 11) / 10 / 1000) + 1}.000` : undefined;
          const invoice: Invoice = {
            invoiceId: "i1",
            period: "2026-11",
            supplier: "S",
            number: "1",
            date: "2026-11-02",
            amountMinor,
            currency: "RON",
            name: "X",
            fund: "maintenance",
            distribution: {
              key,
              beneficiaries: units.slice(0, Math.max(1, units.length - 1)).map((u) => u.unitId),
              buildingConsumption: building,
              differenceKey: "persons",
            },
            consumption,
          };
          const lines = computeBill(inputs(units, invoice));
          expect(lines).toHaveLength(units.length);
          expect(lines.reduce((s, l) => s + l.amountMinor, 0)).toBe(amountMinor);
          for (const l of lines) expect(Number.isSafeInteger(l.amountMinor)).toBe(true);
          expect(fingerprint(computeBill(inputs(units, invoice)))).toBe(fingerprint(lines));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("exempts and non-beneficiaries pay nothing and say why", () => {
    const units = registry([
      { area: 4000, persons: 1 },
      { area: 5000, persons: 2 },
      { area: 6000, persons: 3 },
    ]);
    const lines = computeBill({
      ...inputs(units, {
        invoiceId: "x",
        period: "2099-01",
        supplier: "",
        number: "",
        date: "",
        amountMinor: 1,
        currency: "RON",
        name: "",
        fund: "maintenance",
        distribution: { key: "equal" },
      }),
      rules: [
        {
          ruleId: "lift",
          name: "Lift",
          method: "split_equal",
          amount: "90.00",
          fund: "maintenance",
          exempt: ["u1"],
          beneficiaries: ["u1", "u2"],
          validFrom: "2026-01",
        },
      ],
    });
    expect(lines.map((l) => l.amountMinor)).toEqual([0, 0, 9000]);
    expect(lines[0]?.explanation.notBeneficiary).toBe(true);
    expect(lines[1]?.explanation.exempt).toBe(true);
    expect(lines[2]?.entryId).toBe("chg-2026-11-lift");
  });
});
