import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FeeError, maxCardAmountMinor, percentScaled, quoteFee } from "./fee";

const percentArb = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }))
  .map(([whole, frac, digits]) =>
    digits === 0 ? String(whole) : `${whole}.${String(frac).padStart(4, "0").slice(0, digits)}`,
  );
const amountArb = fc.integer({ min: 1, max: maxCardAmountMinor });
const fixedArb = fc.integer({ min: 0, max: 10_000 });

describe("card fee quote (pure, exact, half-up in minor units)", () => {
  it("matches decimal arithmetic rounded half-up, and total = amount + fee", () => {
    fc.assert(
      fc.property(amountArb, percentArb, fixedArb, (amountMinor, percent, fixedMinor) => {
        const q = quoteFee(amountMinor, "RON", { percent, fixedMinor });
        const exact = new Big(amountMinor).times(percent).div(100).round(0, Big.roundHalfUp).toNumber();
        expect(q.feeMinor).toBe(exact + fixedMinor);
        expect(q.totalMinor).toBe(amountMinor + q.feeMinor);
        expect(Number.isSafeInteger(q.totalMinor)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never decreases when the amount or the percentage grows", () => {
    fc.assert(
      fc.property(amountArb, amountArb, percentArb, fixedArb, (a, b, percent, fixedMinor) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quoteFee(lo, "PLN", { percent, fixedMinor }).feeMinor).toBeLessThanOrEqual(
          quoteFee(hi, "PLN", { percent, fixedMinor }).feeMinor,
        );
      }),
    );
  });

  it("rounds half-up at the exact boundary", () => {
    // 1.5 % of 100 = 1.5 → 2; 1.5 % of 99 = 1.485 → 1; 2.5 % of 20 = 0.5 → 1.
    expect(quoteFee(100, "RON", { percent: "1.5", fixedMinor: 0 }).feeMinor).toBe(2);
    expect(quoteFee(99, "RON", { percent: "1.5", fixedMinor: 0 }).feeMinor).toBe(1);
    expect(quoteFee(20, "RON", { percent: "2.5", fixedMinor: 0 }).feeMinor).toBe(1);
    expect(quoteFee(10_000, "EUR", { percent: "1.4", fixedMinor: 25 })).toEqual({
      currency: "EUR",
      amountMinor: 10_000,
      feeMinor: 165,
      totalMinor: 10_165,
    });
    expect(quoteFee(12_345, "RON", { percent: "0", fixedMinor: 0 }).feeMinor).toBe(0);
  });

  it("refuses bad policies and amounts with a code", () => {
    const code = (run: () => unknown) => {
      try {
        run();
        return "ok";
      } catch (error) {
        return error instanceof FeeError ? error.message : "other";
      }
    };
    expect(code(() => percentScaled("10.0001"))).toBe("payment.fee_percent_invalid");
    expect(percentScaled("10")).toBe(100_000n);
    expect(code(() => quoteFee(100, "RON", { percent: "1,5", fixedMinor: 0 }))).toBe("payment.fee_percent_invalid");
    expect(code(() => quoteFee(100, "RON", { percent: "1e2", fixedMinor: 0 }))).toBe("payment.fee_percent_invalid");
    expect(code(() => quoteFee(100, "RON", { percent: "1", fixedMinor: -1 }))).toBe("payment.fee_fixed_invalid");
    expect(code(() => quoteFee(100, "RON", { percent: "1", fixedMinor: 0.5 }))).toBe("payment.fee_fixed_invalid");
    expect(code(() => quoteFee(0, "RON", { percent: "1", fixedMinor: 0 }))).toBe("payment.amount_not_positive");
    expect(code(() => quoteFee(1.5, "RON", { percent: "1", fixedMinor: 0 }))).toBe("payment.amount_not_positive");
    expect(code(() => quoteFee(maxCardAmountMinor + 1, "RON", { percent: "1", fixedMinor: 0 }))).toBe(
      "payment.card_amount_too_large",
    );
    expect(code(() => quoteFee(100, "ron", { percent: "1", fixedMinor: 0 }))).toBe("payment.currency_invalid");
  });
});
