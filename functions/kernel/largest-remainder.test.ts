import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DomainError } from "./errors";
import { splitByLargestRemainder } from "./largest-remainder";

const RUNS = { numRuns: 300 };
const total = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const weights = fc
  .array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 40 })
  .filter((ws) => ws.some((w) => w > 0n));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("splitByLargestRemainder", () => {
  it("matches a worked example: 100 over 1:1:1 gives 34, 33, 33", () => {
    expect(splitByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByLargestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(splitByLargestRemainder(10, [3n, 0n, 7n])).toEqual([3, 0, 7]);
    expect(splitByLargestRemainder(1, [1, 2, 2])).toEqual([0, 1, 0]);
  });

  it("parts sum exactly to the total", () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(sum(splitByLargestRemainder(t, ws))).toBe(t);
      }),
      RUNS,
    );
  });

  it("no part is negative for a non-negative total; zero weights get 0", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), weights, (t, ws) => {
        const parts = splitByLargestRemainder(t, ws);
        parts.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          if (ws[i] === 0n) expect(p).toBe(0);
        });
      }),
      RUNS,
    );
  });

  it("refunds mirror charges", () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(splitByLargestRemainder(-t, ws)).toEqual(splitByLargestRemainder(t, ws).map((p) => -p + 0));
      }),
      RUNS,
    );
  });

  it("every part is within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const w = ws.reduce((a, b) => a + b, 0n);
        splitByLargestRemainder(t, ws).forEach((p, i) => {
          const exactTimesW = BigInt(t) * (ws[i] ?? 0n);
          const diff = BigInt(p) * w - exactTimesW;
          expect(diff < w && diff > -w).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("is monotone in weight: a larger weight never gets a smaller part", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), weights, (t, ws) => {
        const parts = splitByLargestRemainder(t, ws);
        for (let i = 0; i < ws.length; i++) {
          for (let j = 0; j < ws.length; j++) {
            if ((ws[i] ?? 0n) > (ws[j] ?? 0n)) expect(parts[i]).toBeGreaterThanOrEqual(parts[j] ?? 0);
          }
        }
      }),
      RUNS,
    );
  });

  it("is deterministic and accepts number weights like bigint ones", () => {
    fc.assert(
      fc.property(total, fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (t, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const a = splitByLargestRemainder(t, ws);
        expect(splitByLargestRemainder(t, ws)).toEqual(a);
        expect(splitByLargestRemainder(t, ws.map(BigInt))).toEqual(a);
      }),
      RUNS,
    );
  });

  it("fails with typed errors on all-zero, negative or fractional weights", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => splitByLargestRemainder(100, [0, 0n]))).toBe("allocation.all_weights_zero");
    expect(code(() => splitByLargestRemainder(100, []))).toBe("allocation.all_weights_zero");
    expect(code(() => splitByLargestRemainder(100, [1, -1]))).toBe("allocation.negative_weight");
    expect(code(() => splitByLargestRemainder(100, [1.5]))).toBe("allocation.invalid_weight");
    expect(code(() => splitByLargestRemainder(0.5, [1]))).toBe("money.unsafe_integer");
  });
});
