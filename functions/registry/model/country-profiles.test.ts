import { describe, expect, it } from "vitest";
import { parseRatio } from "../../kernel/decimal";
import type { DomainError } from "../../kernel/errors";
import { countrySchema } from "../../platform/model/schemas";
import { applyOverride, countryProfiles, profileFor, qrStandardFor, validateOverride } from "./country-profiles";
import { computeDueDate } from "./due-date";

describe("country profiles", () => {
  it("has a consistent profile for every country", () => {
    for (const country of countrySchema.options) {
      const p = profileFor(country);
      expect(p.country).toBe(country);
      expect(p.meterReadingWindow.fromDay).toBeLessThanOrEqual(p.meterReadingWindow.toDay);
      expect(validateOverride(p, { dueDate: p.dueDate, meterReadingWindow: p.meterReadingWindow })).toEqual([]);
      if (p.penalty.kind === "accrue") {
        for (const t of p.penalty.tiers) expect(() => parseRatio(t.factor)).not.toThrow();
        if (p.penalty.rate.kind === "dated_table") {
          const dates = p.penalty.rate.table.map((r) => r.from);
          expect([...dates].sort()).toEqual(dates);
        }
      }
    }
  });

  it("encodes the Romanian rules", () => {
    const ro = countryProfiles.RO;
    expect(ro.dueDate).toEqual({ kind: "days_after_posting", days: 20 });
    expect(ro.penalty).toMatchObject({ requiresDecision: true, capAtPrincipal: true, tiers: [{ fromDay: 31 }] });
    expect(ro.limits).toMatchObject({ maxDueDaysAfterPosting: 30, maxPenaltyDailyRate: "0.002" });
    expect(ro.meterReadingWindow).toEqual({ fromDay: 20, toDay: 25 });
    expect(qrStandardFor(ro, "RON")).toBe("iban_reference");
    expect(qrStandardFor(ro, "EUR")).toBe("epc");
    expect(qrStandardFor(countryProfiles.PL, "PLN")).toBe("zbp");
    expect(qrStandardFor(countryProfiles.RU, "RUB")).toBe("gost");
  });

  it("computes due dates per rule", () => {
    expect(computeDueDate(countryProfiles.RO.dueDate, "2025-10-05", "2025-09")).toBe("2025-10-25");
    expect(computeDueDate(countryProfiles.PL.dueDate, "2025-09-28", "2025-10")).toBe("2025-10-10");
    expect(computeDueDate(countryProfiles.RU.dueDate, "2025-11-03", "2025-10")).toBe("2025-11-15");
    expect(computeDueDate(countryProfiles.GENERIC.dueDate, "2025-12-20", "2025-11")).toBe("2026-01-04");
  });
});

describe("validateOverride", () => {
  const ro = countryProfiles.RO;

  it("enforces Romania's 30-day due limit and 0.2 %/day penalty limit", () => {
    expect(validateOverride(ro, { dueDate: { kind: "days_after_posting", days: 30 } })).toEqual([]);
    expect(validateOverride(ro, { dueDate: { kind: "days_after_posting", days: 31 } })).toEqual([
      { path: "dueDate.days", code: "registry.due_days_above_legal_max", params: { max: 30, value: 31 } },
    ]);
    expect(validateOverride(ro, { dueDate: { kind: "day_of_month", day: 10, monthOffset: 1 } })[0]?.code).toBe(
      "registry.due_rule_not_allowed",
    );
    expect(validateOverride(ro, { penalty: { enabled: true, dailyRate: "0.002" } })).toEqual([]);
    expect(validateOverride(ro, { penalty: { enabled: true, dailyRate: "0.0025" } })[0]?.code).toBe(
      "registry.penalty_rate_above_legal_max",
    );
    expect(validateOverride(ro, { penalty: { enabled: true, startDay: 20 } })[0]?.code).toBe(
      "registry.penalty_start_too_early",
    );
    expect(validateOverride(ro, { penalty: { enabled: true, dailyRate: "abc" } })[0]?.code).toBe(
      "registry.invalid_decimal",
    );
  });

  it("reports every problem at once", () => {
    const errors = validateOverride(ro, {
      dueDate: { kind: "days_after_posting", days: 0 },
      penalty: { enabled: true, dailyRate: "0.01", startDay: 1 },
      meterReadingWindow: { fromDay: 26, toDay: 25 },
      personCounting: { mode: "min_days", minDays: 40 },
    });
    expect(errors.map((e) => e.path)).toEqual([
      "dueDate.days",
      "penalty.dailyRate",
      "penalty.startDay",
      "meterReadingWindow",
      "personCounting.minDays",
    ]);
  });

  it("keeps statutory rates out of an association's hands", () => {
    expect(validateOverride(countryProfiles.RU, { penalty: { enabled: true, dailyRate: "0.001" } })[0]?.code).toBe(
      "registry.penalty_rate_statutory",
    );
    expect(validateOverride(countryProfiles.PL, { penalty: { enabled: true, startDay: 5 } })[0]?.code).toBe(
      "registry.penalty_start_statutory",
    );
    expect(validateOverride(countryProfiles.PL, { penalty: { enabled: false } })).toEqual([]);
    expect(
      validateOverride(countryProfiles.PL, { dueDate: { kind: "day_of_month", day: 32, monthOffset: 0 } })[0]?.path,
    ).toBe("dueDate.day");
  });

  it("applies a valid override and refuses an invalid one", () => {
    const eff = applyOverride(ro, {
      dueDate: { kind: "days_after_posting", days: 25 },
      penalty: { enabled: true, dailyRate: "0.001" },
    });
    expect(eff.dueDate).toEqual({ kind: "days_after_posting", days: 25 });
    expect(eff.penalty).toMatchObject({ rate: { kind: "assembly_decision", maxDailyRate: "0.001" } });
    expect(applyOverride(ro, { penalty: { enabled: false } }).penalty).toEqual({ kind: "none" });
    const generic = applyOverride(countryProfiles.GENERIC, { penalty: { enabled: true, dailyRate: "0.0005" } });
    expect(generic.penalty).toMatchObject({ kind: "accrue", requiresDecision: true, tiers: [{ fromDay: 31 }] });
    try {
      applyOverride(ro, { dueDate: { kind: "days_after_posting", days: 45 } });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("registry.invalid_override");
      expect((e as DomainError).details.errors).toHaveLength(1);
    }
  });
});
