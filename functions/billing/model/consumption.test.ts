import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthPeriod } from "../../kernel/dates";
import { formatScaled } from "../../kernel/decimal";
import type { DomainError } from "../../kernel/errors";
import type { AllocationUnit } from "./allocation-unit";
import { allocateByConsumption, type DifferenceKey } from "./consumption";

const april = monthPeriod("2025-04");
const RUNS = { numRuns: 250 };
const total = (amountMinor: number) => ({ amountMinor, currency: "RON" as const });

const units: AllocationUnit[] = [
  { unitId: "a1", share: 300_000, consumption: "9.5", persons: [{ count: 3, from: "2020-01-01" }] },
  { unitId: "a2", share: 300_000, consumption: "50.500", persons: [{ count: 1, from: "2020-01-01" }] },
  { unitId: "a3", share: 400_000, consumption: "40", persons: [{ count: 1, from: "2020-01-01" }] },
];

describe("allocateByConsumption — worked example", () => {
  it("splits the metered part by consumption and the building difference by persons", () => {
    const lines = allocateByConsumption({
      total: total(120_000),
      units,
      uom: "m3",
      buildingConsumption: "120",
      difference: { key: "persons", period: april },
    });
    // 100 m³ of 120 m³ metered: 1 000.00 lei at 10.00 lei/m³; 20 m³ difference = 200.00 lei over 5 persons.
    expect(lines.map((l) => l.amountMinor)).toEqual([9500 + 12_000, 50_500 + 4000, 40_000 + 4000]);
    const [own, diff] = lines[0]?.explanation.parts ?? [];
    expect(own).toMatchObject({
      key: "consumption",
      component: "own",
      quantity: "9.5",
      uom: "m3",
      rate: "10.0000",
      amountMinor: 9500,
    });
    expect(own?.pool).toEqual({ totalMinor: 100_000, totalQuantity: "100.000" });
    expect(diff).toMatchObject({
      key: "persons",
      component: "building_difference",
      quantity: "3",
      uom: "person",
      rate: "40.0000",
      buildingDifference: { quantity: "20.000", uom: "m3" },
      amountMinor: 12_000,
    });
  });

  it("handles a negative building difference (unit meters above the building meter)", () => {
    const lines = allocateByConsumption({
      total: total(120_000),
      units,
      uom: "m3",
      buildingConsumption: "90",
      difference: { key: "share" },
    });
    expect(lines.reduce((a, l) => a + l.amountMinor, 0)).toBe(120_000);
    const diffs = lines.map((l) => l.explanation.parts[1]?.amountMinor ?? 0);
    expect(diffs.reduce((a, b) => a + b, 0)).toBe(120_000 - 133_333);
    expect(lines[0]?.explanation.parts[1]?.buildingDifference?.quantity).toBe("-10.000");
  });

  it("without a building reading splits by consumption alone", () => {
    const lines = allocateByConsumption({ total: total(1000), units, uom: "m3" });
    expect(lines.map((l) => l.amountMinor)).toEqual([95, 505, 400]);
  });

  it("rejects a building reading without a difference key, or a zero building reading", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => allocateByConsumption({ total: total(1), units, uom: "m3", buildingConsumption: "1" }))).toBe(
      "allocation.missing_difference_key",
    );
    expect(
      code(() =>
        allocateByConsumption({
          total: total(1),
          units,
          uom: "m3",
          buildingConsumption: "0",
          difference: { key: "equal" },
        }),
      ),
    ).toBe("allocation.invalid_building_consumption");
  });
});

const qty = fc.integer({ min: 0, max: 99_999 }).map((v) => formatScaled({ value: BigInt(v), scale: 3 }));
const unitsArb = fc
  .array(
    fc.record({ consumption: qty, share: fc.integer({ min: 1, max: 100_000 }), count: fc.integer({ min: 1, max: 5 }) }),
    {
      minLength: 1,
      maxLength: 20,
    },
  )
  .map((rows): AllocationUnit[] =>
    rows.map((r, i) => ({
      unitId: `u${i}`,
      consumption: r.consumption,
      share: r.share,
      persons: [{ count: r.count, from: "2025-04-01" }],
    })),
  );
const differenceArb = fc.constantFrom<DifferenceKey>(
  { key: "persons", period: april },
  { key: "share" },
  { key: "equal" },
);

describe("allocateByConsumption — properties", () => {
  it("sums exactly to the total, and each line's parts sum to the line", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 10_000_000 }),
        unitsArb,
        fc.integer({ min: 1, max: 3_000_000 }),
        differenceArb,
        (t, us, b, difference) => {
          const buildingConsumption = formatScaled({ value: BigInt(b), scale: 3 });
          const lines = allocateByConsumption({
            total: total(t),
            units: us,
            uom: "m3",
            buildingConsumption,
            difference,
          });
          expect(lines.reduce((a, l) => a + l.amountMinor, 0)).toBe(t);
          for (const l of lines) expect(l.explanation.parts.reduce((a, p) => a + p.amountMinor, 0)).toBe(l.amountMinor);
          expect(
            allocateByConsumption({ total: total(t), units: us, uom: "m3", buildingConsumption, difference }),
          ).toEqual(lines);
        },
      ),
      RUNS,
    );
  });

  it("gives no negative part when the building meter covers the unit meters", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        unitsArb,
        fc.nat({ max: 1_000_000 }),
        differenceArb,
        (t, us, extra, difference) => {
          const metered = us.reduce((a, u) => a + BigInt((u.consumption ?? "0").replace(".", "")), 0n);
          fc.pre(metered + BigInt(extra) > 0n);
          const buildingConsumption = formatScaled({ value: metered + BigInt(extra), scale: 3 });
          const lines = allocateByConsumption({
            total: total(t),
            units: us,
            uom: "m3",
            buildingConsumption,
            difference,
          });
          for (const l of lines) for (const p of l.explanation.parts) expect(p.amountMinor).toBeGreaterThanOrEqual(0);
        },
      ),
      RUNS,
    );
  });

  it("is monotone in consumption when there is no building reading", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), unitsArb, (t, us) => {
        const w = us.map((u) => BigInt((u.consumption ?? "0").replace(".", "")));
        fc.pre(w.some((x) => x > 0n));
        const lines = allocateByConsumption({ total: total(t), units: us, uom: "m3" });
        for (let i = 0; i < us.length; i++)
          for (let j = 0; j < us.length; j++)
            if ((w[i] ?? 0n) > (w[j] ?? 0n))
              expect(lines[i]?.amountMinor).toBeGreaterThanOrEqual(lines[j]?.amountMinor ?? 0);
      }),
      RUNS,
    );
  });
});
