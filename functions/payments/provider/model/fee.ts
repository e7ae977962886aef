/**
 * The card fee an owner pays on top of the amount, shown BEFORE paying (no hidden fees at
 * checkout). Pure and exact: a percentage written as a decimal string ("1.4" = 1.4 %) plus a
 * fixed part in minor units, computed in integers (BigInt), rounded half-up to the minor unit.
 */
export interface FeePolicy {
  /** Percent of the amount, as typed: up to 2 integer digits and 4 decimals, at most 10 %. */
  percent: string;
  /** Fixed part per payment, in minor units of the association's currency. */
  fixedMinor: number;
}

export interface FeeQuote {
  currency: string;
  amountMinor: number;
  feeMinor: number;
  totalMinor: number;
}

export const percentPattern = /^\d{1,2}(\.\d{1,4})?$/;
/** The fee may not exceed 10 % plus 100.00 fixed (a typo would otherwise overcharge owners). */
export const maxPercentScaled = 100_000n;
export const maxFixedMinor = 10_000;
/** The largest amount one card payment may carry (100 000.00 in a two-decimal currency). */
export const maxCardAmountMinor = 10_000_000;

const scale = 10_000n; // percent digits after the point
const divisor = 100n * scale; // percent → fraction

export class FeeError extends Error {
  override name = "FeeError";
}

/** The percent as an integer in units of 0.0001 % ("1.4" → 14000). */
export function percentScaled(percent: string): bigint {
  if (!percentPattern.test(percent)) throw new FeeError("payment.fee_percent_invalid");
  const [whole = "0", decimals = ""] = percent.split(".");
  const value = BigInt(whole) * scale + BigInt(decimals.padEnd(4, "0"));
  if (value > maxPercentScaled) throw new FeeError("payment.fee_percent_invalid");
  return value;
}

/** Checks a policy; throws FeeError with a translation code when it is not allowed. */
export function checkFeePolicy(policy: FeePolicy): void {
  percentScaled(policy.percent);
  if (!Number.isSafeInteger(policy.fixedMinor) || policy.fixedMinor < 0 || policy.fixedMinor > maxFixedMinor) {
    throw new FeeError("payment.fee_fixed_invalid");
  }
}

/** Half-up division of non-negative integers. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? q + 1n : q;
}

/** The fee and total for paying `amountMinor` by card. */
export function quoteFee(amountMinor: number, currency: string, policy: FeePolicy): FeeQuote {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new FeeError("payment.amount_not_positive");
  if (amountMinor > maxCardAmountMinor) throw new FeeError("payment.card_amount_too_large");
  if (!/^[A-Z]{3}$/.test(currency)) throw new FeeError("payment.currency_invalid");
  checkFeePolicy(policy);
  const variable = divideHalfUp(BigInt(amountMinor) * percentScaled(policy.percent), divisor);
  const feeMinor = Number(variable) + policy.fixedMinor;
  return { currency, amountMinor, feeMinor, totalMinor: amountMinor + feeMinor };
}
