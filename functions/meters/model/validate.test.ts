import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMilli, milliOf } from "./quantity";
import type { Meter } from "./types";
import { checkReading, isUnusual } from "./validate";

const meter: Meter = {
  meterId: "m1",
  unitId: "u1",
  kind: "water_cold",
  serial: "S1",
  location: "bath",
  registers: [{ code: "T1", digits: 5, decimals: 3 }],
  installedOn: "2024-01-01",
  verificationDue: "2030-01-01",
  status: "active",
};
const base = { meter, recent: [], today: "2026-11-21", confirmed: false };
const milli = fc.bigInt({ min: 0n, max: 99_999_999n });

describe("checking a reading", () => {
  it("accepts any value the dial can show at or above the previous one, consumption = difference", () => {
    fc.assert(
      fc.property(milli, milli, (a, b) => {
        const [previous, value] = a <= b ? [a, b] : [b, a];
        const out = checkReading({ ...base, values: [formatMilli(value)], previous: [previous], confirmed: true });
        expect(out.ok).toBe(true);
        if (out.ok) expect(milliOf(out.reading.consumption[0] ?? "")).toBe(value - previous);
      }),
    );
  });

  it("refuses every value below the previous one", () => {
    fc.assert(
      fc.property(milli, fc.bigInt({ min: 1n, max: 1_000_000n }), (value, gap) => {
        const out = checkReading({ ...base, values: [formatMilli(value)], previous: [value + gap], confirmed: true });
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.issues.map((i) => i.code)).toEqual(["meters.below_previous"]);
      }),
    );
  });

  it("refuses text that is not a number, negatives and too many digits, with the field at fault", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        fc.pre(!/^\s*\d+(?:[.,]\d{1,3})?\s*$/.test(text) && !/^\s*\d{1,3}(?:[ \u00A0\u202F]\d{3})+/.test(text));
        const out = checkReading({ ...base, values: [text] });
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.issues[0]?.path).toBe("reading.values.0");
      }),
    );
    const codes = (text: string) => {
      const out = checkReading({ ...base, values: [text] });
      return out.ok ? [] : out.issues.map((i) => i.code);
    };
    expect(codes("-5")).toEqual(["meters.negative"]);
    expect(codes("123456")).toEqual(["meters.too_many_digits"]);
    expect(codes("1.2345")).toEqual(["meters.too_many_decimals"]);
    expect(codes("abc")).toEqual(["meters.not_a_number"]);
  });

  it("blocks an expired verification and a retired meter whatever the value", () => {
    fc.assert(
      fc.property(milli, (value) => {
        const expired = checkReading({
          ...base,
          meter: { ...meter, verificationDue: "2026-11-20" },
          values: [formatMilli(value)],
        });
        expect(!expired.ok && expired.issues[0]?.code).toBe("meters.verification_expired");
        const retired = checkReading({ ...base, meter: { ...meter, status: "retired" }, values: [formatMilli(value)] });
        expect(!retired.ok && retired.issues[0]?.code).toBe("meters.meter_retired");
      }),
    );
  });

  it("takes the final reading of a meter replaced after its verification expired", () => {
    const final = checkReading({
      ...base,
      meter: { ...meter, verificationDue: "2026-11-20" },
      values: ["130.000"],
      final: true,
    });
    expect(final.ok).toBe(true);
  });

  it("asks to confirm consumption above three times the recent average, and flags it once confirmed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 50_000n }), { minLength: 2, maxLength: 6 }),
        fc.bigInt({ min: 1n, max: 100_000n }),
        (recent, extra) => {
          const sum = recent.reduce((s, v) => s + v, 0n);
          // Above three times the average, whichever way the average rounds.
          const consumption = 3n * (sum / BigInt(recent.length) + 1n) + extra;
          const values = [formatMilli(1_000_000n + consumption)];
          const asked = checkReading({ ...base, values, previous: [1_000_000n], recent });
          expect(!asked.ok && asked.issues[0]?.code).toBe("meters.needs_confirmation");
          const confirmed = checkReading({ ...base, values, previous: [1_000_000n], recent, confirmed: true });
          expect(confirmed.ok && confirmed.reading.flagged).toBe(true);
        },
      ),
    );
  });

  it("never calls consumption at or below the recent average unusual", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 50_000n }), { minLength: 2, maxLength: 6 }), (recent) => {
        const min = recent.reduce((m, v) => (v < m ? v : m));
        expect(isUnusual(min, recent, meter)).toBe(false);
      }),
    );
  });

  it("gives an initial reading zero consumption even below the old meter's value", () => {
    const out = checkReading({ ...base, values: ["1.000"], previous: [9_000_000n], initial: true });
    expect(out.ok && out.reading.consumption).toEqual(["0.000"]);
  });
});
