import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, monthPeriod } from "./dates";
import { DomainError } from "./errors";
import { personDays } from "./person-days";

const feb = monthPeriod("2024-02");

describe("personDays", () => {
  it("intersects each entry with the period", () => {
    expect(personDays([{ count: 2, from: "2023-01-01" }], feb)).toBe(58);
    expect(personDays([{ count: 1, from: "2024-02-20", to: "2024-03-31" }], feb)).toBe(10);
    expect(personDays([{ count: 4, from: "2024-03-01" }], feb)).toBe(0);
    expect(personDays([], feb)).toBe(0);
  });

  it("counts whole persons present at least minDays", () => {
    const counting = { mode: "min_days", minDays: 15 } as const;
    expect(personDays([{ count: 1, from: "2024-02-15" }], feb, counting)).toBe(29);
    expect(personDays([{ count: 1, from: "2024-02-16" }], feb, counting)).toBe(0);
  });

  it("rejects negative or fractional counts", () => {
    expect(() => personDays([{ count: -1, from: "2024-02-01" }], feb)).toThrow(DomainError);
    expect(() => personDays([{ count: 1.5, from: "2024-02-01" }], feb)).toThrow(DomainError);
  });

  it("is additive over entries and bounded by count × days", () => {
    const entry = fc.record({
      count: fc.integer({ min: 0, max: 9 }),
      from: fc.integer({ min: -40, max: 40 }).map((d) => addDays("2024-02-01", d)),
      len: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (raw) => {
        const entries = raw.map((e) => ({
          count: e.count,
          from: e.from,
          to: e.len === undefined ? undefined : addDays(e.from, e.len),
        }));
        const total = personDays(entries, feb);
        expect(total).toBe(entries.reduce((a, e) => a + personDays([e], feb), 0));
        expect(total).toBeLessThanOrEqual(entries.reduce((a, e) => a + e.count * 29, 0));
        expect(total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 250 },
    );
  });
});
