import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../ledger/model/entry";
import { mergeRecentPenalties } from "./recent-rows";

const entry = (entryId: string, date: string, kind: LedgerEntry["kind"], amountMinor: number): LedgerEntry => ({
  entryId,
  period: date.slice(0, 7),
  date,
  kind,
  fund: kind === "penalty" ? "penalties" : "maintenance",
  amountMinor,
  description: entryId,
});

describe("the home page's latest entries", () => {
  it("merge each month's penalties, on every debt, into one row where the newest stood", () => {
    const newestFirst = [
      entry("pen-3a", "2026-12-03", "penalty", 30),
      entry("pen-3b", "2026-12-03", "penalty", 7),
      entry("pen-2a", "2026-12-02", "penalty", 30),
      entry("pay", "2026-12-01", "payment", -5000),
      entry("pen-30a", "2026-11-30", "penalty", 30),
      entry("chg", "2026-11-05", "charge", 15_000),
    ];
    const rows = mergeRecentPenalties(newestFirst);
    expect(
      rows.map((r) =>
        r.kind === "entry"
          ? r.entry.entryId
          : [r.merged.period, r.merged.from, r.merged.to, r.merged.days, r.merged.amountMinor],
      ),
    ).toEqual([
      ["2026-12", "2026-12-02", "2026-12-03", 2, 67],
      "pay",
      ["2026-11", "2026-11-30", "2026-11-30", 1, 30],
      "chg",
    ]);
  });
});
