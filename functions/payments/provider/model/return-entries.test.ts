import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../../ledger/model/entry";
import { openItems } from "../../model/open-items";
import { paymentEntries } from "../../model/payment-entries";
import { type ReturnRequest, returnEntries, stillCredited } from "./return-entries";

const charge = (id: string, fund: LedgerEntry["fund"], amountMinor: number, dueDate: string): LedgerEntry => ({
  entryId: id,
  period: dueDate.slice(0, 7),
  date: dueDate,
  kind: "charge",
  fund,
  amountMinor,
  description: id,
  explanation: { dueDate },
});

// A 10,000 payment: 6,000 to maintenance, 3,000 to repair, 1,000 kept as credit (maintenance).
const payment = paymentEntries({ paymentId: "c1", date: "2026-12-01", method: "card", description: "Card" }, [
  { kind: "principal", debtId: "m", fund: "maintenance", amountMinor: 6_000 },
  { kind: "principal", debtId: "r", fund: "repair", amountMinor: 3_000 },
  { kind: "credit", amountMinor: 1_000 },
]);
const debts = [charge("m", "maintenance", 6_000, "2026-10-25"), charge("r", "repair", 3_000, "2026-11-25")];
const request = (returnKey: string, amountMinor: number): ReturnRequest => ({
  paymentId: "c1",
  returnKey,
  reason: "refund",
  amountMinor,
  date: "2026-12-10",
  description: "Refund",
});

describe("card returns as ledger entries", () => {
  it("undoes the payment from its end: the repair part last paid, then maintenance", () => {
    const out = returnEntries(payment, [], request("k1", 4_000));
    expect(out.map((e) => [e.entryId, e.fund, e.amountMinor])).toEqual([
      ["rfd-k1-repair", "repair", 3_000],
      ["rfd-k1-maintenance", "maintenance", 1_000],
    ]);
    expect(out.every((e) => e.kind === "payment" && e.date === "2026-12-10")).toBe(true);
  });

  it("never undoes more than the payment, however the returns are split", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12_000 }), { minLength: 1, maxLength: 6 }), (amounts) => {
        const done: LedgerEntry[] = [];
        amounts.forEach((amount, i) => {
          done.push(...returnEntries(payment, done, request(`k${i}`, amount)));
        });
        const total = done.reduce((s, e) => s + e.amountMinor, 0);
        expect(total).toBe(
          Math.min(
            10_000,
            amounts.reduce((s, a) => s + a, 0),
          ),
        );
        for (const left of stillCredited(payment, done).values()) expect(left).toBeGreaterThanOrEqual(0);
        // Open items net the returns against the payment: what is owed is the debts less what stayed paid.
        const items = openItems([...debts, ...payment, ...done]);
        const owed = items.debts.reduce((s, d) => s + d.outstandingMinor, 0) - items.creditMinor;
        expect(owed).toBe(9_000 - (10_000 - total));
      }),
      { numRuns: 500 },
    );
  });

  it("nets a full return like a reversal: the debts are open again", () => {
    const all = returnEntries(payment, [], request("k1", 10_000));
    const items = openItems([...debts, ...payment, ...all]);
    expect(items.creditMinor).toBe(0);
    expect(items.debts.map((d) => d.outstandingMinor)).toEqual([6_000, 3_000]);
  });
});
