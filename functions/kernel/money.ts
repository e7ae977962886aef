import type { Currency } from "../platform/model/schemas";
import { formatScaled, parseDecimal } from "./decimal";
import { DomainError } from "./errors";

/** An amount in integer minor units (bani, grosze, kopecks) of one currency. Never a float. */
export interface Money {
  /** A safe integer; negative for credits and refunds. */
  amountMinor: number;
  currency: Currency;
}

/** Decimal digits of the minor unit per currency (ISO 4217 exponent). */
export const minorExponent: Readonly<Record<Currency, number>> = {
  RON: 2,
  PLN: 2,
  EUR: 2,
  UAH: 2,
  RUB: 2,
};

/** Throws `money.unsafe_integer` unless `n` is a safe integer — beyond 2^53 sums stop being exact. */
export function assertSafeMinor(n: number, field = "amountMinor"): number {
  if (!Number.isSafeInteger(n)) throw new DomainError("money.unsafe_integer", { field, value: String(n) });
  return n;
}

/**
 * Parses what a person types ("312.40", "312,40", "1 234,56", "-5") into minor units.
 * More decimals than the currency has is an error, never a silent rounding.
 */
export function parseDecimalToMinor(text: string, currency: Currency, field = "amount"): number {
  const exponent = minorExponent[currency];
  const parsed = parseDecimal(text, exponent, field);
  const minor = parsed.value * 10n ** BigInt(exponent - parsed.scale);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new DomainError("money.unsafe_integer", { field, value: text });
  }
  return Number(minor);
}

/** Plain machine format with a dot and all minor digits: 31240 RON -> "312.40". Locale formatting is the UI's job. */
export function formatMinorAsDecimal(minor: number, currency: Currency): string {
  assertSafeMinor(minor);
  return formatScaled({ value: BigInt(minor), scale: minorExponent[currency] });
}

/** `a + b` in minor units, refusing results that are not safe integers. */
export function addMinor(a: number, b: number): number {
  return assertSafeMinor(assertSafeMinor(a) + assertSafeMinor(b), "sum");
}

/** `a - b` in minor units, refusing results that are not safe integers. */
export function subMinor(a: number, b: number): number {
  return assertSafeMinor(assertSafeMinor(a) - assertSafeMinor(b), "difference");
}

/** Sum of minor amounts, each step guarded. */
export function sumMinor(values: readonly number[]): number {
  return values.reduce(addMinor, 0);
}

function sameCurrency(a: Money, b: Money): Currency {
  if (a.currency !== b.currency) {
    throw new DomainError("money.currency_mismatch", { left: a.currency, right: b.currency });
  }
  return a.currency;
}

/** Adds two amounts of the same currency (`money.currency_mismatch` otherwise). */
export function addMoney(a: Money, b: Money): Money {
  return { amountMinor: addMinor(a.amountMinor, b.amountMinor), currency: sameCurrency(a, b) };
}

/** Subtracts two amounts of the same currency (`money.currency_mismatch` otherwise). */
export function subMoney(a: Money, b: Money): Money {
  return { amountMinor: subMinor(a.amountMinor, b.amountMinor), currency: sameCurrency(a, b) };
}
