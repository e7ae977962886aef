import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayOfMonthAfter,
  daysInMonth,
  fromDayNumber,
  monthPeriod,
  overlapDays,
  periodDays,
  toDayNumber,
} from "./dates";
import { DomainError } from "./errors";

describe("dates", () => {
  it("agrees with Date.UTC over four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), (n) => {
        const iso = fromDayNumber(n);
        // Tests may use Date with an explicit argument; the core never does.
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it("validates calendar dates", () => {
    expect(() => toDayNumber("2025-02-29")).toThrow(DomainError);
    expect(() => toDayNumber("2025-13-01")).toThrow(DomainError);
    expect(() => toDayNumber("2025-1-01")).toThrow(DomainError);
    expect(toDayNumber("2024-02-29")).toBe(toDayNumber("2024-02-28") + 1);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("does month arithmetic with clamping", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(dayOfMonthAfter("2025-01-31", 1, 31)).toBe("2025-02-28");
    expect(dayOfMonthAfter("2025-11-01", 2, 15)).toBe("2026-01-15");
    expect(monthPeriod("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(periodDays(monthPeriod("2025-04"))).toBe(30);
  });

  it("intersects ranges inclusively, open-ended when no end", () => {
    const april = monthPeriod("2025-04");
    expect(overlapDays(april, "2025-03-01")).toBe(30);
    expect(overlapDays(april, "2025-04-16", "2025-05-10")).toBe(15);
    expect(overlapDays(april, "2025-04-30", "2025-04-30")).toBe(1);
    expect(overlapDays(april, "2025-05-01")).toBe(0);
    expect(overlapDays(april, "2025-01-01", "2025-03-31")).toBe(0);
  });
});
