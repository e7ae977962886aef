import { describe, expect, it } from "vitest";
import type { DebtState } from "../payments/model/open-items";
import { ageDebts, bucketOf } from "./aging";

const debt = (dueDate: string, outstandingMinor: number, penaltyOutstandingMinor = 0): DebtState => ({
  debtId: `d-${dueDate}`,
  fund: "maintenance",
  period: dueDate.slice(0, 7),
  dueDate,
  name: "x",
  principalMinor: outstandingMinor,
  paid: [],
  outstandingMinor,
  penaltyMinor: penaltyOutstandingMinor,
  penaltyOutstandingMinor,
});

describe("debt aging", () => {
  it("puts days past due into 0–30, 31–60, 61–90 and 90+", () => {
    expect([1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf)).toEqual([
      "d0_30",
      "d0_30",
      "d31_60",
      "d31_60",
      "d61_90",
      "d61_90",
      "d90plus",
      "d90plus",
    ]);
  });

  it("ages each debt with its penalties and keeps not-yet-due money apart", () => {
    const out = ageDebts(
      [debt("2026-08-25", 10_000, 500), debt("2026-10-25", 20_000), debt("2026-12-25", 7_000), debt("2026-09-25", 0)],
      "2026-12-10",
    );
    expect(out.aging).toEqual({ d0_30: 0, d31_60: 20_000, d61_90: 0, d90plus: 10_500 });
    expect(out).toMatchObject({ overdueMinor: 30_500, penaltyMinor: 500, notDueMinor: 7_000, daysPastDue: 107 });
    expect(out.oldestDueDate).toBe("2026-08-25");
  });
});
