import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthsBetween, nextPeriod, previousPeriod, reminderDue, windowState } from "./window";

const day = fc.integer({ min: 1, max: 28 });
const pad = (n: number) => String(n).padStart(2, "0");

describe("the reading window", () => {
  it("is open exactly from the first to the last day; strict closes after, lenient takes late entries", () => {
    fc.assert(
      fc.property(day, day, day, fc.boolean(), (a, b, today, lenient) => {
        const [fromDay, toDay] = a <= b ? [a, b] : [b, a];
        const state = windowState({ fromDay, toDay, mode: lenient ? "lenient" : "strict" }, `2026-11-${pad(today)}`);
        const inside = today >= fromDay && today <= toDay;
        expect(state.status === "open").toBe(inside);
        expect(state.ownerMayEnter).toBe(inside || (lenient && today > toDay));
        expect(state.period).toBe("2026-11");
      }),
    );
  });

  it("reminds on the opening day and two days before closing, never twice the same day", () => {
    expect(reminderDue({ fromDay: 20, toDay: 25, mode: "strict" }, "2026-11-20")).toBe("open");
    expect(reminderDue({ fromDay: 20, toDay: 25, mode: "strict" }, "2026-11-23")).toBe("closing");
    expect(reminderDue({ fromDay: 20, toDay: 25, mode: "strict" }, "2026-11-24")).toBeUndefined();
  });

  it("walks months both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const p = `${y}-${pad(m)}`;
        expect(nextPeriod(previousPeriod(p))).toBe(p);
        expect(monthsBetween(previousPeriod(p), p)).toBe(1);
      }),
    );
  });
});
