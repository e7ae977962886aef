import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divRoundHalfUp, formatRatio, formatScaled, parseDecimal, parseRatio, ratioLte } from "./decimal";
import { DomainError } from "./errors";

describe("parseDecimal", () => {
  it.each([
    ["312.40", 31240n, 2],
    ["312,40", 31240n, 2],
    ["1 234,56", 123456n, 2],
    ["1\u00A0234\u00A0567.8", 12345678n, 1],
    ["-5", -5n, 0],
    [" 7 ", 7n, 0],
  ])("parses %j", (text, value, scale) => {
    expect(parseDecimal(text, 3)).toEqual({ value, scale });
  });

  it.each(["", "abc", "1.2.3", "12 34", "1,234.56", ".5", "5.", "+5", "1e3", "NaN", "--1"])("rejects %j", (text) => {
    expect(() => parseDecimal(text, 3)).toThrow(DomainError);
  });

  it("rejects more decimals than allowed with a typed error", () => {
    try {
      parseDecimal("1.2345", 3, "area");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("decimal.too_many_decimals");
      expect((e as DomainError).details).toMatchObject({ field: "area", maxDecimals: 3 });
    }
  });

  it("round-trips through formatScaled", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        (value, scale) => {
          expect(parseDecimal(formatScaled({ value, scale }), 8)).toEqual({ value, scale });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("divRoundHalfUp", () => {
  it("rounds halves away from zero, symmetrically", () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divRoundHalfUp(4n, 3n)).toBe(1n);
    expect(divRoundHalfUp(5n, 3n)).toBe(2n);
  });

  it("is within half a unit of the exact quotient and odd-symmetric", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const q = divRoundHalfUp(n, d);
          const diff = 2n * (n - q * d);
          expect(diff <= d && diff >= -d).toBe(true);
          expect(divRoundHalfUp(-n, d)).toBe(-q);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseRatio", () => {
  it("reads decimals and fractions", () => {
    expect(parseRatio("1/300")).toEqual({ num: 1n, den: 300n });
    expect(parseRatio("0.002")).toEqual({ num: 2n, den: 1000n });
    expect(ratioLte(parseRatio("0.0019"), parseRatio("0.002"))).toBe(true);
    expect(ratioLte(parseRatio("0.0021"), parseRatio("0.002"))).toBe(false);
    expect(formatRatio(parseRatio("1/3"), 4)).toBe("0.3333");
    expect(() => parseRatio("1/0")).toThrow(DomainError);
    expect(() => parseRatio("1/2/3")).toThrow(DomainError);
  });
});
