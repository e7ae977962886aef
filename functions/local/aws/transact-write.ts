import { readBatch } from "./batch-io";
import { CapacityTally, type ConsumedCapacity, wantsCapacity } from "./capacity";
import type { DynaliteClient } from "./dynalite-client";
import { DynamoFailure, type DynamoResult, errorCode, type Item, serviceError, unwrap } from "./dynamo-wire";
import { IdempotencyTokens } from "./idempotency-tokens";
import type { TransactDeps } from "./transact-deps";
import { commitFast, restoreSnapshots } from "./transact-fast";
import { readTransactItems, type TransactOperation } from "./transact-items";
import { singleItemCall } from "./transact-requests";

const writeKinds = ["ConditionCheck", "Put", "Delete", "Update"] as const;

interface WriteOutput {
  ConsumedCapacity?: ConsumedCapacity;
}

/**
 * TransactWriteItems on top of dynalite. Under the write lock (so no other write interleaves) it
 * snapshots every item, then commits the fast way (transact-fast.ts) when that is sure to
 * succeed; otherwise it applies the operations one by one with their own conditions, and on the
 * first failure puts every snapshot back and answers TransactionCanceledException with
 * per-item CancellationReasons, as DynamoDB does. Reads outside the lock may glimpse the
 * intermediate state; writes never do.
 */
export async function transactWriteItems(
  deps: TransactDeps,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const operations = await readTransactItems(input, writeKinds, deps.keys);
  const token = typeof input.ClientRequestToken === "string" ? input.ClientRequestToken : undefined;
  const fingerprint = IdempotencyTokens.fingerprint(input.TransactItems);
  return deps.writeLock.run(async () => {
    const replay = token === undefined ? undefined : deps.tokens.replay(token, fingerprint);
    if (replay) return replay;
    const output = await applyAtomically(deps.dynalite, operations, wantsCapacity(input));
    if (token !== undefined) deps.tokens.remember(token, fingerprint, output);
    return output;
  });
}

async function applyAtomically(
  dynalite: DynaliteClient,
  operations: TransactOperation[],
  capacity: boolean,
): Promise<Record<string, unknown>> {
  const snapshots = await readSnapshots(dynalite, operations);
  const fast = await commitFast(dynalite, operations, snapshots, capacity);
  return fast ?? applyOneByOne(dynalite, operations, snapshots, capacity);
}

/** All snapshots in one BatchGetItem; one GetItem each when that cannot be matched exactly. */
async function readSnapshots(dynalite: DynaliteClient, operations: TransactOperation[]): Promise<(Item | undefined)[]> {
  const batch = await readBatch(dynalite, operations, false);
  if (batch) return batch.items;
  const snapshots: (Item | undefined)[] = [];
  for (const operation of operations) snapshots.push(await readItem(dynalite, operation));
  return snapshots;
}

/** The reference path: each operation as its own conditional call, rolled back on the first failure. */
async function applyOneByOne(
  dynalite: DynaliteClient,
  operations: TransactOperation[],
  snapshots: (Item | undefined)[],
  capacity: boolean,
): Promise<Record<string, unknown>> {
  const tally = new CapacityTally("WriteCapacityUnits");
  for (const [index, operation] of operations.entries()) {
    try {
      const result = await applyOne(dynalite, operation, snapshots[index], capacity);
      if (!result.ok) throw failureFor(operations, index, result, snapshots[index]);
      tally.add(result.value.ConsumedCapacity);
    } catch (error) {
      // Restoring the failed item too is harmless and covers a half-done ConditionCheck.
      await restoreSnapshots(dynalite, operations.slice(0, index + 1), snapshots);
      throw error;
    }
  }
  return capacity ? { ConsumedCapacity: tally.report() } : {};
}

async function readItem(dynalite: DynaliteClient, operation: TransactOperation): Promise<Item | undefined> {
  const request = { TableName: operation.table, Key: operation.key, ConsistentRead: true };
  return unwrap(await dynalite.call<{ Item?: Item }>("GetItem", request)).Item;
}

function applyOne(
  dynalite: DynaliteClient,
  operation: TransactOperation,
  snapshot: Item | undefined,
  capacity: boolean,
): Promise<DynamoResult<WriteOutput>> {
  const call = singleItemCall(operation, snapshot, capacity);
  if (operation.kind === "ConditionCheck") return checkCondition(dynalite, operation, call.payload, snapshot);
  return dynalite.call(call.operation, call.payload);
}

/**
 * dynalite has no condition-only call, so a ConditionCheck writes the item back unchanged under
 * the condition (see singleItemCall); an absent item is written as its bare key and removed again.
 */
async function checkCondition(
  dynalite: DynaliteClient,
  operation: TransactOperation,
  request: Record<string, unknown>,
  snapshot: Item | undefined,
): Promise<DynamoResult<WriteOutput>> {
  const result = await dynalite.call<WriteOutput>("PutItem", request);
  if (result.ok && !snapshot)
    unwrap(await dynalite.call("DeleteItem", { TableName: operation.table, Key: operation.key }));
  return result.ok ? { ok: true, value: {} } : result;
}

/** A failed condition cancels the transaction; any other error is handed back unchanged. */
function failureFor(
  operations: TransactOperation[],
  failed: number,
  result: Extract<DynamoResult<WriteOutput>, { ok: false }>,
  snapshot: Item | undefined,
): DynamoFailure {
  if (errorCode(result.error) !== "ConditionalCheckFailedException")
    return new DynamoFailure(result.status, result.error);
  const reasons = operations.map((operation, index) => {
    if (index !== failed) return { Code: "None" };
    const wantsItem = operation.request.ReturnValuesOnConditionCheckFailure === "ALL_OLD" && snapshot;
    return {
      Code: "ConditionalCheckFailed",
      Message: "The conditional request failed",
      ...(wantsItem ? { Item: snapshot } : {}),
    };
  });
  const codes = reasons.map((reason) => reason.Code).join(", ");
  return serviceError(
    "TransactionCanceledException",
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    { CancellationReasons: reasons },
  );
}
