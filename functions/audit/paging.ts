import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";

/** Every list answers in pages; a page never holds more than this many items. */
export const maxPageSize = 100;

/**
 * The cursor is only the last sort key, base64url-encoded: the partition is always fixed by the
 * caller, so a crafted cursor can never steer a query into another tenant's partition.
 */
export function encodeCursor(sortKey: string | undefined): string | undefined {
  return sortKey === undefined ? undefined : Buffer.from(sortKey, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const sortKey = Buffer.from(cursor, "base64url").toString("utf8");
  if (!sortKey || sortKey.length > 200)
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
  const after = decodeCursor(q.cursor);
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
