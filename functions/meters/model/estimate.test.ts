import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateConsumption, type MonthConsumption } from "./estimate";
import { estimationPolicies } from "./estimation-policies";
import { previousPeriod } from "./window";

const ro = estimationPolicies.RO;
const ru = estimationPolicies.RU;

function monthsBefore(period: string, values: bigint[], estimated = false): MonthConsumption[] {
  let p = period;
  return values.map((consumption) => {
    p = previousPeriod(p);
    return { period: p, consumption, estimated };
  });
}

const consumption = fc.bigInt({ min: 0n, max: 100_000_000n });

describe("estimating a missing reading", () => {
  it("lies between the smallest and largest of the months it averages", () => {
    fc.assert(
      fc.property(fc.array(consumption, { minLength: 1, maxLength: 12 }), (values) => {
        const out = estimateConsumption({
          period: "2026-11",
          history: monthsBefore("2026-11", values),
          persons: 2,
          policy: ro,
        });
        const used = values.slice(0, Math.min(ro.recentMonths, ro.lookbackMonths));
        expect(out.basis).toBe("average");
        expect(out.consumption >= used.reduce((m, v) => (v < m ? v : m))).toBe(true);
        expect(out.consumption <= used.reduce((m, v) => (v > m ? v : m))).toBe(true);
      }),
    );
  });

  it("equals the month's value when every recent month is the same", () => {
    fc.assert(
      fc.property(consumption, fc.integer({ min: 1, max: 6 }), (value, n) => {
        const out = estimateConsumption({
          period: "2026-11",
          history: monthsBefore("2026-11", Array(n).fill(value)),
          persons: 1,
          policy: ro,
        });
        expect(out.consumption).toBe(value);
      }),
    );
  });

  it("ignores estimated months and months outside the look-back, then falls back to the norm per person", () => {
    fc.assert(
      fc.property(
        fc.array(consumption, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (values, persons) => {
          const history = monthsBefore("2026-11", values, true);
          const out = estimateConsumption({ period: "2026-11", history, persons, norm: "3.000", policy: ro });
          expect(out).toEqual({ consumption: 3_000n * BigInt(persons), basis: "norm" });
        },
      ),
    );
    const old = [{ period: "2025-01", consumption: 5_000n, estimated: false }];
    expect(estimateConsumption({ period: "2026-11", history: old, persons: 0, policy: ro }).basis).toBe("none");
  });

  it("needs three real months in Russia before it averages", () => {
    const two = monthsBefore("2026-11", [4_000n, 5_000n]);
    expect(estimateConsumption({ period: "2026-11", history: two, persons: 2, norm: "4.850", policy: ru }).basis).toBe(
      "norm",
    );
    const three = monthsBefore("2026-11", [4_000n, 5_000n, 6_000n]);
    expect(estimateConsumption({ period: "2026-11", history: three, persons: 2, policy: ru })).toEqual({
      consumption: 5_000n,
      basis: "average",
    });
  });

  it("is never negative", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -5_000n, max: 5_000n }), { maxLength: 6 }), (values) => {
        const out = estimateConsumption({
          period: "2026-11",
          history: monthsBefore("2026-11", values),
          persons: 0,
          policy: ro,
        });
        expect(out.consumption >= 0n).toBe(true);
      }),
    );
  });
});
