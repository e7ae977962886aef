import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEntries, type LedgerEntry, latest, totalOf } from "./entry";

const entry = fc.record({
  entryId: fc.string({ minLength: 1, maxLength: 8 }),
  period: fc.constant("2026-11"),
  date: fc.constantFrom("2026-11-01", "2026-11-15", "2026-11-30"),
  kind: fc.constantFrom("charge" as const, "payment" as const),
  fund: fc.constantFrom("maintenance" as const, "repair" as const, "penalties" as const),
  amountMinor: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  description: fc.constant("x"),
});

describe("ledger entries", () => {
  it("the total of balances equals the sum of all entries, in any order and split", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.nat(40), (entries, cut) => {
        const once = applyEntries({}, entries);
        const inTwo = applyEntries(applyEntries({}, entries.slice(0, cut)), entries.slice(cut));
        const sum = entries.reduce((s, e) => s + e.amountMinor, 0);
        expect(totalOf(once)).toBe(sum);
        expect(inTwo).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the newest entries first", () => {
    const e = (entryId: string, date: string): LedgerEntry => ({
      entryId,
      date,
      period: "2026-11",
      kind: "charge",
      fund: "maintenance",
      amountMinor: 1,
      description: "",
    });
    expect(latest([e("a", "2026-10-01"), e("b", "2026-11-01"), e("c", "2026-09-01")], 2).map((x) => x.entryId)).toEqual(
      ["b", "a"],
    );
  });

  it("keeps a quota of its own for penalties, so daily penalties never push charges and payments out", () => {
    const entry = (entryId: string, date: string, kind: LedgerEntry["kind"]): LedgerEntry => ({
      entryId,
      date,
      period: "2026-11",
      kind,
      fund: kind === "penalty" ? "penalties" : "maintenance",
      amountMinor: 1,
      description: "",
    });
    const penalties = Array.from({ length: 30 }, (_, i) =>
      entry(`pen-${String(i).padStart(2, "0")}`, `2026-11-${String(i + 1).padStart(2, "0")}`, "penalty"),
    );
    const kept = latest([entry("chg", "2026-10-31", "charge"), entry("pay", "2026-10-15", "payment"), ...penalties], 3);
    expect(kept.map((x) => x.entryId)).toEqual(["pen-29", "pen-28", "pen-27", "chg", "pay"]);
  });
});
