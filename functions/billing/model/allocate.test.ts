import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthPeriod } from "../../kernel/dates";
import { formatScaled } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import type { ChargeLine } from "../../kernel/explanation";
import type { Money } from "../../kernel/money";
import { personDays } from "../../kernel/person-days";
import {
  type AllocationUnit,
  allocateByArea,
  allocateByPersons,
  allocateByShare,
  allocateEqually,
  allocateToBeneficiaries,
} from "./allocate";
import { areaBasis, basisWeight, SHARE_DECIMALS, shareBasis } from "./allocation-unit";

const RUNS = { numRuns: 250 };
const april = monthPeriod("2025-04");
const ron = (amountMinor: number): Money => ({ amountMinor, currency: "RON" });
const sum = (lines: ChargeLine[]) => lines.reduce((a, l) => a + l.amountMinor, 0);

/** A decimal string with `scale` decimals from an integer, e.g. (5430, 2) -> "54.30". */
const decimalText = (max: number, scale: number) =>
  fc.integer({ min: 0, max }).map((v) => formatScaled({ value: BigInt(v), scale }));

const dayInApril = fc
  .integer({ min: 0, max: 40 })
  .map((d) => `2025-0${d < 10 ? "3" : d < 40 ? "4" : "5"}-${String((d % 28) + 1).padStart(2, "0")}`);
const persons = fc.array(
  fc.record({ count: fc.integer({ min: 0, max: 6 }), from: dayInApril, to: fc.option(dayInApril, { nil: undefined }) }),
  { maxLength: 3 },
);

const unitArb = (i: number) =>
  fc.record({
    unitId: fc.constant(`u${i}`),
    share: fc.oneof(fc.integer({ min: 0, max: 200_000 }), decimalText(200_000, 6)),
    area: decimalText(20_000, 2),
    persons,
    consumption: decimalText(50_000, 3),
  });
const units = fc
  .integer({ min: 1, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => unitArb(i))))
  .map((us): AllocationUnit[] => us);
const total = fc.integer({ min: -10_000_000, max: 100_000_000 });

type Method = (t: Money, us: AllocationUnit[]) => ChargeLine[];
const methods: [string, Method, (u: AllocationUnit) => bigint][] = [
  ["equally", (t, us) => allocateEqually(t, us), () => 1n],
  ["by share", (t, us) => allocateByShare(t, us), (u) => basisWeight(shareBasis(u), SHARE_DECIMALS)],
  ["by area", (t, us) => allocateByArea(t, us), (u) => basisWeight(areaBasis(u), 4)],
  ["by persons", (t, us) => allocateByPersons(t, us, april), (u) => BigInt(personDays(u.persons ?? [], april))],
];

/** Runs `fn`, treating "all weights zero" as an expected outcome of random inputs. */
function orAllZero(fn: () => ChargeLine[]): ChargeLine[] | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === "allocation.all_weights_zero") return null;
    throw e;
  }
}

describe.each(methods)("allocate %s", (_name, method, weightOf) => {
  it("sums exactly to the total, one line per unit in order", () => {
    fc.assert(
      fc.property(total, units, (t, us) => {
        const lines = orAllZero(() => method(ron(t), us));
        if (!lines) return;
        expect(sum(lines)).toBe(t);
        expect(lines.map((l) => l.unitId)).toEqual(us.map((u) => u.unitId));
      }),
      RUNS,
    );
  });

  it("gives no negative part for a non-negative total, and is deterministic", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000_000 }), units, (t, us) => {
        const lines = orAllZero(() => method(ron(t), us));
        if (!lines) return;
        for (const l of lines) expect(l.amountMinor).toBeGreaterThanOrEqual(0);
        expect(method(ron(t), us)).toEqual(lines);
      }),
      RUNS,
    );
  });

  it("is monotone in the unit's weight", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000_000 }), units, (t, us) => {
        const lines = orAllZero(() => method(ron(t), us));
        if (!lines) return;
        const w = us.map(weightOf);
        for (let i = 0; i < us.length; i++) {
          for (let j = 0; j < us.length; j++) {
            if ((w[i] ?? 0n) > (w[j] ?? 0n))
              expect(lines[i]?.amountMinor).toBeGreaterThanOrEqual(lines[j]?.amountMinor ?? 0);
          }
        }
      }),
      RUNS,
    );
  });

  it("gives exempted units 0 and still sums to the total", () => {
    fc.assert(
      fc.property(total, units, fc.nat(), (t, us, pick) => {
        const exempt = [us[pick % us.length]?.unitId ?? "u0"];
        const run = () =>
          _name === "by persons"
            ? allocateByPersons(ron(t), us, april, { scope: { exempt } })
            : _name === "by area"
              ? allocateByArea(ron(t), us, { exempt })
              : _name === "by share"
                ? allocateByShare(ron(t), us, { exempt })
                : allocateEqually(ron(t), us, { exempt });
        const lines = orAllZero(run);
        if (!lines) return;
        const line = lines.find((l) => l.unitId === exempt[0]);
        expect(line?.amountMinor).toBe(0);
        expect(line?.explanation.exempt).toBe(true);
        expect(sum(lines)).toBe(t);
      }),
      RUNS,
    );
  });
});

describe("allocation examples", () => {
  const building: AllocationUnit[] = [
    { unitId: "a1", share: 250_000, area: "54.30", persons: [{ count: 3, from: "2020-01-01" }] },
    { unitId: "a2", share: "0.25", area: "45.70", persons: [{ count: 1, from: "2025-04-16" }] },
    { unitId: "a3", share: 500_000, area: "100.00", persons: [] },
  ];

  it("splits by area and explains the pool", () => {
    const lines = allocateByArea(ron(20_000), building);
    expect(lines.map((l) => l.amountMinor)).toEqual([5430, 4570, 10_000]);
    expect(lines[0]?.explanation).toEqual({
      method: "area",
      parts: [
        {
          key: "area",
          component: "own",
          quantity: "54.30",
          uom: "m2",
          rate: "1.0000",
          rateIsDerived: true,
          pool: { totalMinor: 20_000, totalQuantity: "200.00" },
          amountMinor: 5430,
        },
      ],
    });
  });

  it("splits by share given as ppm or as a decimal fraction", () => {
    expect(allocateByShare(ron(1001), building).map((l) => l.amountMinor)).toEqual([250, 250, 501]);
  });

  it("splits by person-days within the month", () => {
    const lines = allocateByPersons(ron(10_500), building, april);
    // a1: 3 × 30 = 90 person-days, a2: 1 × 15 = 15, a3: none.
    expect(lines.map((l) => l.amountMinor)).toEqual([9000, 1500, 0]);
    expect(lines[1]?.explanation.parts[0]).toMatchObject({
      quantity: "0.50",
      uom: "person",
      personDays: 15,
      periodDays: 30,
    });
  });

  it("counts whole persons under Romania's 15-day rule", () => {
    const lines = allocateByPersons(ron(10_000), building, april, { counting: { mode: "min_days", minDays: 15 } });
    expect(lines.map((l) => l.amountMinor)).toEqual([7500, 2500, 0]);
  });

  it("splits among beneficiaries only", () => {
    const lines = allocateToBeneficiaries(ron(1000), building, ["a2", "a3"]);
    expect(lines.map((l) => l.amountMinor)).toEqual([0, 500, 500]);
    expect(lines[0]?.explanation).toEqual({ method: "beneficiaries", parts: [], notBeneficiary: true });
  });

  it("rejects inconsistent input with typed errors", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => allocateEqually(ron(1), [{ unitId: "x" }, { unitId: "x" }]))).toBe("allocation.duplicate_unit");
    expect(code(() => allocateToBeneficiaries(ron(1), building, ["zz"]))).toBe("allocation.unknown_unit");
    expect(code(() => allocateByArea(ron(1), [{ unitId: "x" }]))).toBe("allocation.missing_basis");
    expect(code(() => allocateByArea(ron(1), [{ unitId: "x", area: "1.23456" }]))).toBe("decimal.too_many_decimals");
    expect(code(() => allocateByPersons(ron(1), [{ unitId: "x", persons: [] }], april))).toBe(
      "allocation.all_weights_zero",
    );
    expect(code(() => allocateEqually(ron(1), building, { exempt: ["a1", "a2", "a3"] }))).toBe(
      "allocation.all_weights_zero",
    );
  });

  it("allocates a zero total to zeros even when nobody can share it", () => {
    expect(allocateByPersons(ron(0), [{ unitId: "x", persons: [] }], april).map((l) => l.amountMinor)).toEqual([0]);
  });
});
