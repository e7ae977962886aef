import type { AppDeps } from "./deps";
import { appError } from "./errors";

/** Every list answers in pages; a page never holds more than this many items. */
export const maxPageSize = 100;

/**
 * The cursor is only the last sort key, base64url-encoded: the partition is always fixed by the
 * caller, so a crafted cursor can never steer a query into another tenant's partition. It must
 * also name a key of the list it came from (the list's sort-key prefix): DynamoDB answers a start
 * key outside the query's range with an error, which would otherwise surface as a 500.
 */
export function encodeCursor(sortKey: string | undefined): string | undefined {
  return sortKey === undefined ? undefined : Buffer.from(sortKey, "utf8").toString("base64url");
}

/** Longest sort key a cursor may carry (ids are ≤ 64 characters; the longest sort key, a counted denial, is under 170). */
const maxCursorKey = 200;

/** The sort key a cursor names, or a translated 400 naming the `cursor` field. */
export function decodeCursor(cursor: string | undefined, prefix = ""): string | undefined {
  if (cursor === undefined) return undefined;
  const sortKey = Buffer.from(cursor, "base64url").toString("utf8");
  // Re-encoding must give the cursor back: this refuses non-base64url text and bytes that are not UTF-8.
  const canonical = encodeCursor(sortKey) === cursor;
  const control = [...sortKey].some((ch) => ch < " ");
  if (!sortKey || !canonical || !sortKey.startsWith(prefix) || sortKey.length > maxCursorKey || control)
    throw appError("request.invalid", { fields: [{ path: "cursor", code: "invalid" }] });
  return sortKey;
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** One page of a partition whose sort keys begin with `prefix`, newest first when `newestFirst`. */
export async function queryPage<T>(
  deps: AppDeps,
  q: { pk: string; prefix: string; limit: number; cursor?: string; newestFirst?: boolean },
): Promise<Page<T>> {
  const after = decodeCursor(q.cursor, q.prefix);
  const out = await deps.table.query<{ pk: string; sk: string }>({
    // DynamoDB refuses an empty begins_with operand, so no prefix means the whole partition.
    KeyConditionExpression: q.prefix ? "pk = :p AND begins_with(sk, :s)" : "pk = :p",
    ExpressionAttributeValues: q.prefix ? { ":p": q.pk, ":s": q.prefix } : { ":p": q.pk },
    Limit: Math.min(Math.max(q.limit, 1), maxPageSize),
    ScanIndexForward: !q.newestFirst,
    ...(after ? { ExclusiveStartKey: { pk: q.pk, sk: after } } : {}),
  });
  const last = out.items.at(-1);
  return { items: out.items as T[], next: out.next && last ? encodeCursor(last.sk) : undefined };
}
