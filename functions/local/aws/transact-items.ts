import { type Item, validationError } from "./dynamo-wire";
import { isRecord } from "./json";
import type { TableKeys } from "./table-keys";

/** The operations a TransactWriteItems entry may hold; TransactGetItems only has `Get`. */
export type TransactKind = "Put" | "Update" | "Delete" | "ConditionCheck" | "Get";

/** One entry of a transaction, with the key of the item it touches resolved up front. */
export interface TransactOperation {
  kind: TransactKind;
  table: string;
  key: Item;
  request: Record<string, unknown>;
}

const maxItems = 100;

/**
 * Reads and validates `TransactItems` the way DynamoDB does before touching anything: 1–100
 * entries, one operation per entry, and never two operations on the same item.
 */
export async function readTransactItems(
  input: Record<string, unknown>,
  kinds: readonly TransactKind[],
  keys: TableKeys,
): Promise<TransactOperation[]> {
  const entries = input.TransactItems;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw validationError(
      "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  if (entries.length > maxItems) {
    throw validationError(
      `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to ${maxItems}`,
    );
  }
  const operations: TransactOperation[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const operation = await readOperation(entry, kinds, keys);
    const identity = `${operation.table}\u0000${JSON.stringify(operation.key)}`;
    if (seen.has(identity)) throw validationError("Transaction request cannot include multiple operations on one item");
    seen.add(identity);
    operations.push(operation);
  }
  return operations;
}

async function readOperation(
  entry: unknown,
  kinds: readonly TransactKind[],
  keys: TableKeys,
): Promise<TransactOperation> {
  const present = isRecord(entry) ? kinds.filter((kind) => entry[kind] !== undefined) : [];
  const kind = present[0];
  const request = kind && isRecord(entry) ? entry[kind] : undefined;
  if (present.length !== 1 || kind === undefined || !isRecord(request)) {
    throw validationError(`TransactItems can only contain one of ${kinds.join(", ")}`);
  }
  const table = request.TableName;
  if (typeof table !== "string") throw validationError(`${kind}.TableName is required`);
  const source = kind === "Put" ? request.Item : request.Key;
  if (!isRecord(source)) throw validationError(`${kind}.${kind === "Put" ? "Item" : "Key"} is required`);
  const key = await keys.keyOf(table, source as Item);
  return { kind, table, key, request };
}
