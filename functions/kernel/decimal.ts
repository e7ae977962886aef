import { DomainError } from "./errors";

/**
 * Exact fixed-point numbers: `value × 10^-scale`. Decimal strings (rates, areas, quantities) are
 * parsed into these so that no float ever touches money.
 */
export interface Scaled {
  value: bigint;
  scale: number;
}

/** An exact ratio `num / den` with `den > 0`; used for rates such as "1/300". */
export interface Ratio {
  num: bigint;
  den: bigint;
}

// Grouping spaces (plain, no-break, narrow no-break) are allowed only in groups of three so that
// "1 234,56" parses while "12 34" is rejected as a likely typo.
const DECIMAL = /^(-)?(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,](\d+))?$/;

/**
 * Parses "312.40", "312,40", "1 234,56" or "-5" into an exact scaled integer.
 * Rejects garbage (`decimal.invalid`) and more than `maxDecimals` digits
 * (`decimal.too_many_decimals`) instead of rounding silently.
 */
export function parseDecimal(text: string, maxDecimals: number, field = "value"): Scaled {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new DomainError("decimal.invalid", { field, text });
  const [, sign, intPart = "", fraction = ""] = match;
  if (fraction.length > maxDecimals) {
    throw new DomainError("decimal.too_many_decimals", { field, text, maxDecimals });
  }
  const digits = intPart.replace(/\D/g, "") + fraction;
  const value = BigInt(digits);
  return { value: sign ? -value : value, scale: fraction.length };
}

/** Parses a non-negative decimal; negative input is `decimal.negative`. */
export function parseNonNegativeDecimal(text: string, maxDecimals: number, field = "value"): Scaled {
  const parsed = parseDecimal(text, maxDecimals, field);
  if (parsed.value < 0n) throw new DomainError("decimal.negative", { field, text });
  return parsed;
}

/** The integer `value × 10^(scale - s.scale)`; `scale` must not be below the number's scale. */
export function rescale(s: Scaled, scale: number): bigint {
  if (scale < s.scale) throw new DomainError("decimal.scale_loss", { from: s.scale, to: scale });
  return s.value * 10n ** BigInt(scale - s.scale);
}

/** Canonical text of a scaled number with exactly `s.scale` decimals, e.g. "54.30". */
export function formatScaled(s: Scaled): string {
  const negative = s.value < 0n;
  const digits = (negative ? -s.value : s.value).toString().padStart(s.scale + 1, "0");
  const cut = digits.length - s.scale;
  const body = s.scale === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${body}` : body;
}

/**
 * `num / den` rounded half away from zero — "half-up" as accountants mean it, symmetric so a
 * refund rounds exactly like the charge it reverses.
 */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new DomainError("decimal.division_by_zero");
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** The ratio of a scaled decimal. */
export function scaledToRatio(s: Scaled): Ratio {
  return { num: s.value, den: 10n ** BigInt(s.scale) };
}

/**
 * Parses a non-negative rate written as a decimal ("0.002", "16.5") or a fraction ("1/300").
 * Fractions matter because statutory penalty factors such as 1/300 have no finite decimal.
 */
export function parseRatio(text: string, field = "rate", maxDecimals = 12): Ratio {
  const parts = text.split("/");
  if (parts.length === 1) return scaledToRatio(parseNonNegativeDecimal(text, maxDecimals, field));
  if (parts.length !== 2) throw new DomainError("decimal.invalid", { field, text });
  const num = scaledToRatio(parseNonNegativeDecimal(parts[0] ?? "", maxDecimals, field));
  const den = scaledToRatio(parseNonNegativeDecimal(parts[1] ?? "", maxDecimals, field));
  if (den.num === 0n) throw new DomainError("decimal.division_by_zero", { field, text });
  return { num: num.num * den.den, den: num.den * den.num };
}

/** Product of ratios. */
export function mulRatio(...ratios: Ratio[]): Ratio {
  return ratios.reduce((acc, r) => ({ num: acc.num * r.num, den: acc.den * r.den }), { num: 1n, den: 1n });
}

/** `a <= b` for ratios with positive denominators. */
export function ratioLte(a: Ratio, b: Ratio): boolean {
  return a.num * b.den <= b.num * a.den;
}

/** A ratio as a decimal string rounded half-up to `decimals` digits (for explanations only). */
export function formatRatio(r: Ratio, decimals: number): string {
  const value = divRoundHalfUp(r.num * 10n ** BigInt(decimals), r.den);
  return formatScaled({ value, scale: decimals });
}
