import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Currency } from "../platform/model/schemas";
import { DomainError } from "./errors";
import {
  addMinor,
  addMoney,
  formatMinorAsDecimal,
  minorExponent,
  parseDecimalToMinor,
  subMinor,
  subMoney,
} from "./money";

const currencies: Currency[] = ["RON", "PLN", "EUR", "UAH", "RUB"];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : "not-a-domain-error";
  }
  return undefined;
}

describe("money", () => {
  it("has exponent 2 for every supported currency", () => {
    for (const c of currencies) expect(minorExponent[c]).toBe(2);
  });

  it.each([
    ["312.40", 31240],
    ["312,40", 31240],
    ["312,4", 31240],
    ["1 234,56", 123456],
    ["0.01", 1],
    ["-5", -500],
    ["7", 700],
  ])("parses %j", (text, minor) => {
    expect(parseDecimalToMinor(text, "RON")).toBe(minor);
  });

  it("rejects more than two decimals and garbage with typed errors", () => {
    expect(codeOf(() => parseDecimalToMinor("1.234", "PLN"))).toBe("decimal.too_many_decimals");
    expect(codeOf(() => parseDecimalToMinor("12a", "PLN"))).toBe("decimal.invalid");
    expect(codeOf(() => parseDecimalToMinor("1,234.56", "PLN"))).toBe("decimal.invalid");
    expect(codeOf(() => parseDecimalToMinor("99999999999999999", "PLN"))).toBe("money.unsafe_integer");
  });

  it("formats minor units", () => {
    expect(formatMinorAsDecimal(31240, "RON")).toBe("312.40");
    expect(formatMinorAsDecimal(5, "EUR")).toBe("0.05");
    expect(formatMinorAsDecimal(-5, "EUR")).toBe("-0.05");
    expect(formatMinorAsDecimal(0, "RUB")).toBe("0.00");
  });

  it("round-trips format and parse for every safe amount", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...currencies), (minor, currency) => {
        expect(parseDecimalToMinor(formatMinorAsDecimal(minor, currency), currency)).toBe(minor);
      }),
      { numRuns: 300 },
    );
  });

  it("guards sums against unsafe integers and mixed currencies", () => {
    expect(addMinor(1, 2)).toBe(3);
    expect(subMinor(1, 2)).toBe(-1);
    expect(codeOf(() => addMinor(Number.MAX_SAFE_INTEGER, 1))).toBe("money.unsafe_integer");
    expect(codeOf(() => addMinor(0.5, 1))).toBe("money.unsafe_integer");
    expect(addMoney({ amountMinor: 1, currency: "RON" }, { amountMinor: 2, currency: "RON" })).toEqual({
      amountMinor: 3,
      currency: "RON",
    });
    expect(codeOf(() => subMoney({ amountMinor: 1, currency: "RON" }, { amountMinor: 2, currency: "EUR" }))).toBe(
      "money.currency_mismatch",
    );
  });
});
