import { readBatch } from "./batch-io";
import { CapacityTally, type ConsumedCapacity, wantsCapacity } from "./capacity";
import type { DynaliteClient } from "./dynalite-client";
import { type Item, unwrap } from "./dynamo-wire";
import type { TransactDeps } from "./transact-deps";
import { readTransactItems, type TransactOperation } from "./transact-items";

interface GetOutput {
  Item?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

/**
 * TransactGetItems on top of dynalite: consistent reads made while holding the write lock, so the
 * items read together were never half-way through someone else's transaction. Without
 * projections they are one BatchGetItem (same items, same capacity); otherwise, or when the batch
 * cannot be matched back exactly, one GetItem each.
 */
export async function transactGetItems(
  deps: TransactDeps,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const operations = await readTransactItems(input, ["Get"], deps.keys);
  const capacity = wantsCapacity(input);
  return deps.writeLock.run(async () => {
    const tally = new CapacityTally("ReadCapacityUnits");
    const projected = operations.some(({ request }) => request.ProjectionExpression !== undefined);
    const batch = projected ? undefined : await readBatch(deps.dynalite, operations, capacity);
    const responses: { Item?: Item }[] = [];
    if (batch) {
      for (const used of batch.consumed) tally.add(used);
      for (const item of batch.items) responses.push(item ? { Item: item } : {});
    } else {
      for (const operation of operations) {
        const output = await getOne(deps.dynalite, operation, capacity);
        tally.add(output.ConsumedCapacity);
        responses.push(output.Item ? { Item: output.Item } : {});
      }
    }
    return capacity ? { Responses: responses, ConsumedCapacity: tally.report() } : { Responses: responses };
  });
}

async function getOne(dynalite: DynaliteClient, operation: TransactOperation, capacity: boolean): Promise<GetOutput> {
  const { table, key, request } = operation;
  const get: Record<string, unknown> = { TableName: table, Key: key, ConsistentRead: true };
  if (request.ProjectionExpression !== undefined) get.ProjectionExpression = request.ProjectionExpression;
  if (request.ExpressionAttributeNames !== undefined) get.ExpressionAttributeNames = request.ExpressionAttributeNames;
  if (capacity) get.ReturnConsumedCapacity = "TOTAL";
  return unwrap(await dynalite.call<GetOutput>("GetItem", get));
}
