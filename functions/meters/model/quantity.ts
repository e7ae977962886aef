import { divRoundHalfUp, formatScaled, parseDecimal, rescale } from "../../kernel/decimal";
import { DomainError } from "../../kernel/errors";
import type { Register } from "./types";

/** Quantities are kept in thousandths: the consumption precision billing works with. */
export const SCALE = 3;

const codes: Record<string, string> = {
  "decimal.invalid": "meters.not_a_number",
  "decimal.too_many_decimals": "meters.too_many_decimals",
  "decimal.negative": "meters.negative",
};

/**
 * Parses a dial value for a register ("123.45", "123,45") into thousandths. Refuses text that is
 * not a number, negative values and more digits than the dial has, before or after the point.
 */
export function parseRegisterValue(text: string, register: Register): bigint {
  let parsed: ReturnType<typeof parseDecimal>;
  try {
    parsed = parseDecimal(text, Math.min(register.decimals, SCALE));
  } catch (error) {
    const code = error instanceof DomainError ? (codes[error.code] ?? "meters.not_a_number") : "meters.not_a_number";
    throw new DomainError(code, { decimals: register.decimals });
  }
  if (parsed.value < 0n) throw new DomainError("meters.negative");
  const whole = parsed.value / 10n ** BigInt(parsed.scale);
  if (whole.toString().length > register.digits) {
    throw new DomainError("meters.too_many_digits", { digits: register.digits });
  }
  return rescale(parsed, SCALE);
}

/** Thousandths as canonical text with three decimals ("12.500"). */
export function formatMilli(value: bigint): string {
  return formatScaled({ value, scale: SCALE });
}

/** Canonical text ("12.500") back to thousandths; for values this module wrote itself. */
export function milliOf(text: string): bigint {
  return rescale(parseDecimal(text, SCALE), SCALE);
}

/** Sum of per-register quantities. */
export function totalMilli(texts: readonly string[]): bigint {
  return texts.reduce((sum, t) => sum + milliOf(t), 0n);
}

/** Average of quantities rounded half-up; undefined for none. */
export function averageMilli(values: readonly bigint[]): bigint | undefined {
  if (values.length === 0) return undefined;
  return divRoundHalfUp(
    values.reduce((s, v) => s + v, 0n),
    BigInt(values.length),
  );
}

/** The largest value a register can show, in thousandths (a dial of 5 digits and 3 decimals: 99999.999). */
export function registerMax(register: Register): bigint {
  return 10n ** BigInt(register.digits + SCALE) - 1n;
}
