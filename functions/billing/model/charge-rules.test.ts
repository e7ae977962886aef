import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthPeriod } from "../../kernel/dates";
import { formatScaled } from "../../kernel/decimal";
import type { AllocationUnit } from "./allocation-unit";
import { fixedPerUnit, ratePerArea, ratePerConsumption, ratePerPerson } from "./charge-rules";
import { fundContribution, instalment } from "./funds";

const april = monthPeriod("2025-04");
const units: AllocationUnit[] = [
  { unitId: "a1", area: "54.30", consumption: "9.5", persons: [{ count: 3, from: "2020-01-01" }] },
  { unitId: "a2", area: "54.33", consumption: "0.001", persons: [{ count: 1, from: "2025-04-16" }] },
  { unitId: "a3", area: "1.00", consumption: "0", persons: [] },
];

describe("rule-based charges", () => {
  it("fixed per unit, with exemptions", () => {
    const lines = fixedPerUnit(5000, "RON", units, { exempt: ["a3"] });
    expect(lines.map((l) => l.amountMinor)).toEqual([5000, 5000, 0]);
    expect(lines[0]?.explanation.parts[0]).toMatchObject({ key: "fixed", quantity: "1", uom: "unit", rate: "50.00" });
    expect(lines[2]?.explanation.exempt).toBe(true);
  });

  it("rate per m², rounded half-up per line", () => {
    expect(ratePerArea({ rate: "2.50", currency: "PLN", units }).map((l) => l.amountMinor)).toEqual([
      13_575, 13_583, 250,
    ]);
    // 1.00 m² × 0.005 = 0.5 grosz -> 1; 54.33 × 2.555 = 138.81315 -> 13 881.
    expect(ratePerArea({ rate: "0.005", currency: "PLN", units }).map((l) => l.amountMinor)).toEqual([27, 27, 1]);
    expect(ratePerArea({ rate: "2.555", currency: "PLN", units })[1]?.amountMinor).toBe(13_881);
  });

  it("rate per consumption unit explains quantity × rate", () => {
    const lines = ratePerConsumption({ rate: "10.00", currency: "RON", uom: "m3", units });
    expect(lines.map((l) => l.amountMinor)).toEqual([9500, 1, 0]);
    expect(lines[0]?.explanation).toEqual({
      method: "rate_consumption",
      parts: [
        { key: "rate_consumption", component: "own", quantity: "9.5", uom: "m3", rate: "10.00", amountMinor: 9500 },
      ],
    });
  });

  it("rate per person, pro rata of person-days", () => {
    const lines = ratePerPerson({ rate: "10.00", currency: "RUB", period: april, units });
    expect(lines.map((l) => l.amountMinor)).toEqual([3000, 500, 0]);
    expect(lines[1]?.explanation.parts[0]).toMatchObject({ quantity: "0.50", personDays: 15, periodDays: 30 });
    const whole = ratePerPerson({
      rate: "10.00",
      currency: "RUB",
      period: april,
      units,
      counting: { mode: "min_days", minDays: 15 },
    });
    expect(whole.map((l) => l.amountMinor)).toEqual([3000, 1000, 0]);
  });

  it("is within half a minor unit of the exact product and monotone in the quantity", () => {
    const area = fc.integer({ min: 0, max: 10_000_000 }).map((v) => formatScaled({ value: BigInt(v), scale: 4 }));
    const rate = fc.integer({ min: 0, max: 100_000_000 }).map((v) => formatScaled({ value: BigInt(v), scale: 6 }));
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 10 }), rate, (areas, r) => {
        const us = areas.map((a, i) => ({ unitId: `u${i}`, area: a }));
        const lines = ratePerArea({ rate: r, currency: "RON", units: us });
        const exact = areas.map((a) => BigInt(a.replace(".", "")) * BigInt(r.replace(".", ""))); // scale 10 = 10^8 minor
        lines.forEach((l, i) => {
          const diff = BigInt(l.amountMinor) * 10n ** 8n - (exact[i] ?? 0n);
          expect(diff * 2n <= 10n ** 8n && diff * 2n >= -(10n ** 8n)).toBe(true);
          lines.forEach((m, j) => {
            if ((exact[i] ?? 0n) > (exact[j] ?? 0n)) expect(l.amountMinor).toBeGreaterThanOrEqual(m.amountMinor);
          });
        });
      }),
      { numRuns: 250 },
    );
  });
});

describe("funds", () => {
  it("tags every line with its fund", () => {
    const lines = fundContribution({
      fund: { kind: "repair", fundId: "f1" },
      currency: "RON",
      basis: { kind: "split", totalMinor: 100_001, key: "area" },
      units,
    });
    expect(lines.reduce((a, l) => a + l.amountMinor, 0)).toBe(100_001);
    for (const l of lines) expect(l.explanation.fund).toEqual({ kind: "repair", fundId: "f1" });
    const fixed = fundContribution({
      fund: { kind: "working_capital" },
      currency: "RON",
      basis: { kind: "fixed", amountMinor: 700 },
      units,
    });
    expect(fixed.map((l) => l.amountMinor)).toEqual([700, 700, 700]);
  });

  it("monthly instalments sum exactly to the yearly amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        (yearly, months) => {
          const parts = Array.from({ length: months }, (_, i) => instalment(yearly, i, months));
          expect(parts.reduce((a, b) => a + b, 0)).toBe(yearly);
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 250 },
    );
    expect(instalment(100_000, 0)).toBe(8334);
    expect(instalment(100_000, 11)).toBe(8333);
  });
});
