import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DomainError } from "../../kernel/errors";
import { allocatePayment, type OpenDebt } from "./allocate-payment";

const debts: OpenDebt[] = [
  { debtId: "2025-09-repair", fund: "repair", dueDate: "2025-10-20", principalMinor: 5000, penaltyMinor: 0 },
  { debtId: "2025-08-main", fund: "maintenance", dueDate: "2025-09-20", principalMinor: 20_000, penaltyMinor: 300 },
  { debtId: "2025-09-main", fund: "maintenance", dueDate: "2025-10-20", principalMinor: 21_000, penaltyMinor: 0 },
];

describe("allocatePayment", () => {
  it("pays principals oldest first, penalties last, the rest as credit", () => {
    expect(allocatePayment(50_000, debts)).toEqual([
      { kind: "principal", debtId: "2025-08-main", fund: "maintenance", amountMinor: 20_000 },
      { kind: "principal", debtId: "2025-09-main", fund: "maintenance", amountMinor: 21_000 },
      { kind: "principal", debtId: "2025-09-repair", fund: "repair", amountMinor: 5000 },
      { kind: "penalty", debtId: "2025-08-main", fund: "maintenance", amountMinor: 300 },
      { kind: "credit", amountMinor: 3700 },
    ]);
    expect(allocatePayment(25_000, debts).map((a) => a.amountMinor)).toEqual([20_000, 5000]);
    expect(allocatePayment(0, debts)).toEqual([]);
    expect(allocatePayment(100, [])).toEqual([{ kind: "credit", amountMinor: 100 }]);
  });

  it("rejects negative payments and duplicate debts", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => allocatePayment(-1, debts))).toBe("payment.negative_amount");
    expect(code(() => allocatePayment(1, [...debts, debts[0] as OpenDebt]))).toBe("payment.duplicate_debt");
    expect(code(() => allocatePayment(1, [{ ...(debts[0] as OpenDebt), principalMinor: -5 }]))).toBe(
      "payment.negative_debt",
    );
  });

  const debtsArb = fc.uniqueArray(
    fc.record({
      debtId: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      dueDate: fc.integer({ min: 1, max: 28 }).map((d) => `2025-0${(d % 9) + 1}-${String(d).padStart(2, "0")}`),
      principalMinor: fc.nat({ max: 1_000_000 }),
      penaltyMinor: fc.nat({ max: 100_000 }),
    }),
    { selector: (d) => d.debtId, maxLength: 12 },
  );

  it("sums exactly to the payment, never over-pays a debt, and ignores input order", () => {
    fc.assert(
      fc.property(fc.nat({ max: 20_000_000 }), debtsArb, (payment, ds) => {
        const out = allocatePayment(payment, ds);
        expect(out.reduce((a, x) => a + x.amountMinor, 0)).toBe(payment);
        for (const x of out) {
          expect(x.amountMinor).toBeGreaterThan(0);
          if (x.kind === "credit") continue;
          const d = ds.find((y) => y.debtId === x.debtId);
          expect(x.amountMinor).toBeLessThanOrEqual(
            (x.kind === "principal" ? d?.principalMinor : d?.penaltyMinor) ?? 0,
          );
        }
        const firstPenalty = out.findIndex((x) => x.kind === "penalty");
        const principalsDue = ds.reduce((a, d) => a + d.principalMinor, 0);
        if (firstPenalty >= 0)
          expect(out.slice(0, firstPenalty).reduce((a, x) => a + x.amountMinor, 0)).toBe(principalsDue);
        const credit = out.find((x) => x.kind === "credit");
        if (credit)
          expect(payment - credit.amountMinor).toBe(principalsDue + ds.reduce((a, d) => a + d.penaltyMinor, 0));
        expect(allocatePayment(payment, [...ds].reverse())).toEqual(out);
      }),
      { numRuns: 250 },
    );
  });
});
