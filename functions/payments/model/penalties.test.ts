import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../kernel/dates";
import { formatScaled } from "../../kernel/decimal";
import type { DomainError } from "../../kernel/errors";
import { countryProfiles } from "../../registry/model/country-profiles";
import { cumulativePenalty, type Debt, penaltyForDay, penaltySeries } from "./penalties";

const RO = countryProfiles.RO.penalty;
const RU = countryProfiles.RU.penalty;
const PL = countryProfiles.PL.penalty;
const decision = { adoptedOn: "2024-01-01", dailyRate: "0.002" };

describe("Romania: by assembly decision, from day 31, capped at the principal", () => {
  const debt: Debt = { principalMinor: 100_000, dueDate: "2025-01-31" };

  it("charges nothing without a decision, before it, or up to day 30", () => {
    expect(penaltyForDay(debt, "2025-03-03", RO).amountMinor).toBe(0);
    expect(penaltyForDay(debt, "2025-03-03", RO, { adoptedOn: "2025-03-04", dailyRate: "0.002" }).amountMinor).toBe(0);
    expect(penaltyForDay(debt, "2025-03-02", RO, decision)).toMatchObject({ dayAfterDue: 30, amountMinor: 0 });
    expect(penaltyForDay(debt, "2025-01-31", RO, decision).amountMinor).toBe(0);
  });

  it("charges 0.2 % a day from day 31", () => {
    expect(penaltyForDay(debt, "2025-03-03", RO, decision)).toEqual({
      day: "2025-03-03",
      dayAfterDue: 31,
      baseMinor: 100_000,
      dailyRate: "0.0020000000",
      amountMinor: 200,
      capped: false,
    });
  });

  it("stops at the principal", () => {
    expect(cumulativePenalty(debt, addDays("2025-01-31", 530), RO, decision)).toBe(100_000);
    expect(penaltyForDay(debt, addDays("2025-01-31", 531), RO, decision)).toMatchObject({
      amountMinor: 0,
      capped: true,
    });
    expect(cumulativePenalty(debt, addDays("2025-01-31", 900), RO, decision)).toBe(100_000);
  });

  it("runs on the unpaid principal only; the payment day still accrues", () => {
    const partly: Debt = { ...debt, payments: [{ date: addDays(debt.dueDate, 40), amountMinor: 50_000 }] };
    expect(penaltyForDay(partly, addDays(debt.dueDate, 40), RO, decision).amountMinor).toBe(200);
    expect(penaltyForDay(partly, addDays(debt.dueDate, 41), RO, decision).amountMinor).toBe(100);
  });

  it("refuses a decided rate above the legal maximum", () => {
    try {
      penaltyForDay(debt, "2025-03-03", RO, { adoptedOn: "2024-01-01", dailyRate: "0.0021" });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("penalty.rate_above_legal_max");
    }
  });

  it("never exceeds the principal, and the daily amounts add up to the cumulative one", () => {
    const arb = fc.record({
      principal: fc.integer({ min: 0, max: 10_000_000 }),
      rate: fc.integer({ min: 0, max: 2000 }).map((v) => formatScaled({ value: BigInt(v), scale: 6 })),
      days: fc.integer({ min: 0, max: 700 }),
      paid: fc.array(
        fc.record({ day: fc.integer({ min: 0, max: 1200 }), amount: fc.integer({ min: 0, max: 1_000_000 }) }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ principal, rate, days, paid }) => {
        const d: Debt = {
          principalMinor: principal,
          dueDate: "2024-06-30",
          payments: paid.map((p) => ({ date: addDays("2024-06-30", p.day), amountMinor: p.amount })),
        };
        const dec = { adoptedOn: "2024-01-01", dailyRate: rate };
        const asOf = addDays(d.dueDate, days);
        const series = penaltySeries(d, asOf, RO, dec);
        const total = cumulativePenalty(d, asOf, RO, dec);
        expect(total).toBeLessThanOrEqual(principal);
        expect(total).toBe(series.reduce((a, s) => a + s.amountMinor, 0));
        for (const s of series) {
          expect(s.amountMinor).toBeGreaterThanOrEqual(0);
          if (s.dayAfterDue <= 30) expect(s.amountMinor).toBe(0);
        }
        if (days > 0) expect(penaltyForDay(d, asOf, RO, dec)).toEqual(series.at(-1));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe("Russia: 1/300 then 1/130 of the key rate of the day", () => {
  const debt: Debt = { principalMinor: 1_000_000, dueDate: "2025-05-10" };

  it("follows the tiers and the dated key rate", () => {
    expect(penaltyForDay(debt, addDays(debt.dueDate, 30), RU).amountMinor).toBe(0);
    // Day 31 = 2025-06-10, key rate 20 %: 1 000 000 × 0.20 / 300 = 666.67.
    expect(penaltyForDay(debt, addDays(debt.dueDate, 31), RU)).toMatchObject({ day: "2025-06-10", amountMinor: 667 });
    // Day 90 = 2025-08-08, key rate 18 %: / 300 = 600.
    expect(penaltyForDay(debt, addDays(debt.dueDate, 90), RU).amountMinor).toBe(600);
    // Day 91 = 2025-08-09, 18 % / 130 = 1384.62.
    expect(penaltyForDay(debt, addDays(debt.dueDate, 91), RU).amountMinor).toBe(1385);
  });

  it("is not capped at the principal and rejects days before the table", () => {
    expect(cumulativePenalty({ principalMinor: 100_000, dueDate: "2025-01-01" }, "2030-01-01", RU)).toBeGreaterThan(
      100_000,
    );
    expect(() => penaltyForDay({ principalMinor: 100, dueDate: "2020-01-01" }, "2020-03-01", RU)).toThrow();
  });

  it("applies a legal cap on the key rate when the table has one", () => {
    if (RU.kind !== "accrue" || RU.rate.kind !== "dated_table") throw new Error("RU profile changed");
    const capped = {
      ...RU,
      rate: { ...RU.rate, caps: [{ from: "2025-01-01", to: "2025-12-31", maxPercentPerYear: "9.5" }] },
    };
    expect(penaltyForDay(debt, addDays(debt.dueDate, 31), capped).amountMinor).toBe(317);
  });
});

describe("Poland: statutory interest / 365 from the day after the due date", () => {
  it("uses the rate of each day", () => {
    const debt: Debt = { principalMinor: 100_000, dueDate: "2025-10-07" };
    // 2025-10-08: 10.25 % / 365 × 1000.00 = 0.2808 -> 28; 2025-10-09: 10.00 % -> 27.40 -> 27.
    expect(penaltyForDay(debt, "2025-10-08", PL).amountMinor).toBe(28);
    expect(penaltyForDay(debt, "2025-10-09", PL).amountMinor).toBe(27);
    expect(cumulativePenalty(debt, "2025-10-09", PL)).toBe(55);
    expect(penaltyForDay(debt, "2025-10-07", PL).amountMinor).toBe(0);
  });

  it("is deterministic and grows with time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 100 }),
        (p, a, b) => {
          const debt: Debt = { principalMinor: p, dueDate: "2025-01-15" };
          const first = cumulativePenalty(debt, addDays(debt.dueDate, a), PL);
          expect(cumulativePenalty(debt, addDays(debt.dueDate, a), PL)).toBe(first);
          expect(cumulativePenalty(debt, addDays(debt.dueDate, a + b), PL)).toBeGreaterThanOrEqual(first);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("no penalty policy", () => {
  it("charges nothing", () => {
    expect(
      cumulativePenalty({ principalMinor: 100, dueDate: "2025-01-01" }, "2026-01-01", countryProfiles.GENERIC.penalty),
    ).toBe(0);
  });
});
