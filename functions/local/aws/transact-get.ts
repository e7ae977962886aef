import { CapacityTally, type ConsumedCapacity, wantsCapacity } from "./capacity";
import { type Item, unwrap } from "./dynamo-wire";
import type { TransactDeps } from "./transact-deps";
import { readTransactItems } from "./transact-items";

interface GetOutput {
  Item?: Item;
  ConsumedCapacity?: ConsumedCapacity;
}

/**
 * TransactGetItems on top of dynalite: consistent GetItem calls made while holding the write
 * lock, so the items read together were never half-way through someone else's transaction.
 */
export async function transactGetItems(
  deps: TransactDeps,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const operations = await readTransactItems(input, ["Get"], deps.keys);
  const capacity = wantsCapacity(input);
  return deps.writeLock.run(async () => {
    const tally = new CapacityTally("ReadCapacityUnits");
    const responses: { Item?: Item }[] = [];
    for (const { table, key, request } of operations) {
      const get: Record<string, unknown> = { TableName: table, Key: key, ConsistentRead: true };
      if (request.ProjectionExpression !== undefined) get.ProjectionExpression = request.ProjectionExpression;
      if (request.ExpressionAttributeNames !== undefined)
        get.ExpressionAttributeNames = request.ExpressionAttributeNames;
      if (capacity) get.ReturnConsumedCapacity = "TOTAL";
      const output = unwrap(await deps.dynalite.call<GetOutput>("GetItem", get));
      tally.add(output.ConsumedCapacity);
      responses.push(output.Item ? { Item: output.Item } : {});
    }
    return capacity ? { Responses: responses, ConsumedCapacity: tally.report() } : { Responses: responses };
  });
}
