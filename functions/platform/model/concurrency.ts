/**
 * Maps `items` with at most `limit` calls of `fn` in flight, answering in input order. Used where
 * many independent remote calls (a KMS Decrypt per account key, say) would otherwise wait on one
 * another: the wall time becomes about ⌈n/limit⌉ round trips instead of n.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
