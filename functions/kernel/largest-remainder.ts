import { DomainError } from "./errors";
import { assertSafeMinor } from "./money";

/** A non-negative integer weight; bigint keeps scaled decimals (areas, shares) exact. */
export type Weight = bigint | number;

function toBigWeight(w: Weight, index: number): bigint {
  if (typeof w === "number" && !Number.isSafeInteger(w)) {
    throw new DomainError("allocation.invalid_weight", { index, weight: String(w) });
  }
  const big = BigInt(w);
  if (big < 0n) throw new DomainError("allocation.negative_weight", { index, weight: big.toString() });
  return big;
}

/** Ranks parts for the leftover minor units: larger remainder first, then lower index. */
function leftoverOrder(remainders: readonly bigint[]): number[] {
  const order = remainders.map((_, i) => i);
  return order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return a - b;
  });
}

/**
 * Splits `totalMinor` in proportion to `weights` with the largest-remainder (Hamilton) method:
 * every part gets the floor of its exact share, then the leftover minor units go one each to the
 * largest remainders (ties: lower index). The parts sum exactly to the total, zero weights get 0,
 * and a negative total (a refund) splits as the mirror image of the positive one.
 * Throws `allocation.all_weights_zero` (nothing to split by) and `allocation.negative_weight`.
 */
export function splitByLargestRemainder(totalMinor: number, weights: readonly Weight[]): number[] {
  assertSafeMinor(totalMinor, "totalMinor");
  const big = weights.map(toBigWeight);
  const sum = big.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new DomainError("allocation.all_weights_zero", { count: weights.length });
  const total = BigInt(Math.abs(totalMinor));
  const floors = big.map((w) => (total * w) / sum);
  const remainders = big.map((w) => (total * w) % sum);
  let leftover = Number(total - floors.reduce((a, b) => a + b, 0n));
  for (const i of leftoverOrder(remainders)) {
    if (leftover === 0) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    leftover -= 1;
  }
  const sign = totalMinor < 0 ? -1 : 1;
  // `+ 0` turns a -0 into 0 so parts compare equal with Object.is in tests and JSON.
  return floors.map((f) => sign * Number(f) + 0);
}
