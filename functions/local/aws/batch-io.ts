import type { ConsumedCapacity } from "./capacity";
import type { DynaliteClient } from "./dynalite-client";
import { type DynamoResult, type Item, serviceError } from "./dynamo-wire";

/** An item addressed by table and key (the key's attributes in the table's key order). */
export interface ItemRef {
  table: string;
  key: Item;
}

/** One write of a batch: put `item`, or delete the item at `ref` when `item` is absent. */
export interface BatchWrite {
  ref: ItemRef;
  item?: Item;
}

interface BatchGetOutput {
  Responses?: Record<string, Item[]>;
  UnprocessedKeys?: Record<string, unknown>;
  ConsumedCapacity?: ConsumedCapacity[];
}

interface BatchWriteOutput {
  UnprocessedItems?: Record<string, unknown>;
  ConsumedCapacity?: ConsumedCapacity[];
}

const writesPerBatch = 25;

const identity = (table: string, key: Item) => `${table}\u0000${JSON.stringify(key)}`;

/** Appends to the list kept under `name`, starting it if needed. */
function push<T>(lists: Record<string, T[]>, name: string, value: T): void {
  const list = lists[name] ?? [];
  list.push(value);
  lists[name] = list;
}

/**
 * Consistent reads of up to 100 distinct items in one BatchGetItem, answered in `refs` order (no
 * projection). dynalite answers in random order, so items are matched back by their key values;
 * `undefined` means the batch could not be matched with certainty (an error, unprocessed keys, a
 * key stored in another spelling such as `1.0` for `1`) and the caller should read one by one.
 */
export async function readBatch(
  dynalite: DynaliteClient,
  refs: ItemRef[],
  capacity: boolean,
): Promise<{ items: (Item | undefined)[]; consumed: ConsumedCapacity[] } | undefined> {
  const keys: Record<string, Item[]> = {};
  for (const { table, key } of refs) push(keys, table, key);
  const requestItems = Object.fromEntries(
    Object.entries(keys).map(([t, list]) => [t, { Keys: list, ConsistentRead: true }]),
  );
  const request = { RequestItems: requestItems, ...(capacity ? { ReturnConsumedCapacity: "TOTAL" } : {}) };
  const result = await dynalite.call<BatchGetOutput>("BatchGetItem", request);
  if (!result.ok || Object.keys(result.value.UnprocessedKeys ?? {}).length > 0) return undefined;
  const found = new Map<string, Item>();
  for (const [table, items] of Object.entries(result.value.Responses ?? {})) {
    const keyNames = Object.keys(keys[table]?.[0] ?? {});
    for (const item of items) {
      const key: Item = {};
      for (const name of keyNames) if (item[name]) key[name] = item[name];
      found.set(identity(table, key), item);
    }
  }
  const items = refs.map((ref) => found.get(identity(ref.table, ref.key)));
  if (items.filter(Boolean).length !== found.size) return undefined;
  return { items, consumed: result.value.ConsumedCapacity ?? [] };
}

/**
 * Applies plain puts and deletes with BatchWriteItem, 25 per call. Not atomic by itself: callers
 * hold the write lock and put snapshots back if it fails. Resolves with the capacity consumed, or
 * with the first failure (dynalite's error, or ours if it left items unprocessed, which it never
 * should).
 */
export async function writeBatch(
  dynalite: DynaliteClient,
  writes: BatchWrite[],
  capacity: boolean,
): Promise<DynamoResult<ConsumedCapacity[]>> {
  const consumed: ConsumedCapacity[] = [];
  for (let start = 0; start < writes.length; start += writesPerBatch) {
    const requestItems: Record<string, object[]> = {};
    for (const { ref, item } of writes.slice(start, start + writesPerBatch)) {
      const request = item ? { PutRequest: { Item: item } } : { DeleteRequest: { Key: ref.key } };
      push(requestItems, ref.table, request);
    }
    const request = { RequestItems: requestItems, ...(capacity ? { ReturnConsumedCapacity: "TOTAL" } : {}) };
    const result = await dynalite.call<BatchWriteOutput>("BatchWriteItem", request);
    if (!result.ok) return result;
    if (Object.keys(result.value.UnprocessedItems ?? {}).length > 0) {
      const { status, body } = serviceError("InternalServerError", "dynalite left batch writes unprocessed");
      return { ok: false, status, error: body };
    }
    consumed.push(...(result.value.ConsumedCapacity ?? []));
  }
  return { ok: true, value: consumed };
}
