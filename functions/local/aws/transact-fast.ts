import { type BatchWrite, writeBatch } from "./batch-io";
import { CapacityTally, type ConsumedCapacity } from "./capacity";
import type { DynaliteClient } from "./dynalite-client";
import { wouldSucceed } from "./dynalite-rules";
import { type Item, unwrap } from "./dynamo-wire";
import type { TransactOperation } from "./transact-items";
import { singleItemCall } from "./transact-requests";

/**
 * The fast way to commit a write transaction, tried first under the write lock. It only ever
 * commits; whenever it cannot, it answers `undefined` with every item as it was (snapshots put
 * back if it wrote anything), and the one-by-one path decides the outcome and its wording.
 *
 * - Puts, Deletes and ConditionChecks go ahead only if dynalite's own rules, run in-process on
 *   the snapshots, accept their expressions and find their conditions true. As no other write
 *   can run meanwhile, the conditions need no re-checking: ConditionChecks write nothing, and
 *   Puts and Deletes go out unconditionally, 25 per BatchWriteItem.
 * - Updates are sent first, one by one and exactly as the one-by-one path sends them (dynalite
 *   computes the new item and checks the condition); a failed one stops the attempt before the
 *   bulk of the writes. (Pre-checking them would cost a parse per Update, as their values differ.)
 */
export async function commitFast(
  dynalite: DynaliteClient,
  operations: TransactOperation[],
  snapshots: (Item | undefined)[],
  capacity: boolean,
): Promise<Record<string, unknown> | undefined> {
  const checked = operations.every(
    (operation, index) =>
      operation.kind === "Update" ||
      wouldSucceed(singleItemCall(operation, snapshots[index], capacity), operation.key, snapshots[index]),
  );
  if (!checked) return undefined;
  const tally = new CapacityTally("WriteCapacityUnits");
  const done = await applyWrites(dynalite, operations, snapshots, capacity, tally).catch(() => false);
  if (done) return capacity ? { ConsumedCapacity: tally.report() } : {};
  const written = operations.flatMap((operation, index) =>
    operation.kind === "ConditionCheck" ? [] : [{ operation, snapshot: snapshots[index] }],
  );
  await restoreSnapshots(
    dynalite,
    written.map((w) => w.operation),
    written.map((w) => w.snapshot),
  );
  return undefined;
}

/** The Updates, then the batched Puts and Deletes; false (or a throw) as soon as anything fails. */
async function applyWrites(
  dynalite: DynaliteClient,
  operations: TransactOperation[],
  snapshots: (Item | undefined)[],
  capacity: boolean,
  tally: CapacityTally,
): Promise<boolean> {
  const writes: BatchWrite[] = [];
  for (const [index, operation] of operations.entries()) {
    if (operation.kind === "Put") writes.push({ ref: operation, item: operation.request.Item as Item });
    if (operation.kind === "Delete") writes.push({ ref: operation });
    if (operation.kind !== "Update") continue;
    const call = singleItemCall(operation, snapshots[index], capacity);
    const result = await dynalite.call<{ ConsumedCapacity?: ConsumedCapacity }>(call.operation, call.payload);
    if (!result.ok) return false;
    tally.add(result.value.ConsumedCapacity);
  }
  const written = await writeBatch(dynalite, writes, capacity);
  if (!written.ok) return false;
  for (const used of written.value) tally.add(used);
  return true;
}

/** Puts every snapshot back (deleting items that did not exist), in batches; throws dynalite's error if that fails. */
export async function restoreSnapshots(
  dynalite: DynaliteClient,
  operations: TransactOperation[],
  snapshots: (Item | undefined)[],
): Promise<void> {
  const writes = operations.map((operation, index) => ({ ref: operation, item: snapshots[index] }));
  unwrap(await writeBatch(dynalite, writes, false));
}
