import type { Item } from "./dynamo-wire";
import type { TransactOperation } from "./transact-items";

/** The single-item dynalite call that stands for one entry of a write transaction. */
export interface SingleItemCall {
  operation: "PutItem" | "UpdateItem" | "DeleteItem";
  payload: Record<string, unknown>;
}

// Fields of a transaction entry that mean the same on the single-item call.
const passedFields = [
  "ConditionExpression",
  "ExpressionAttributeNames",
  "ExpressionAttributeValues",
  "UpdateExpression",
];

/**
 * Builds the call for one entry. dynalite has no condition-only call, so a ConditionCheck becomes
 * a PutItem of the item as it is (its bare key if absent) under the condition, without capacity.
 * The fast path validates exactly these calls in-process, so both paths judge the same request.
 */
export function singleItemCall(
  operation: TransactOperation,
  snapshot: Item | undefined,
  capacity: boolean,
): SingleItemCall {
  const payload: Record<string, unknown> = { TableName: operation.table };
  for (const field of passedFields)
    if (operation.request[field] !== undefined) payload[field] = operation.request[field];
  if (capacity && operation.kind !== "ConditionCheck") payload.ReturnConsumedCapacity = "TOTAL";
  switch (operation.kind) {
    case "Put":
      return { operation: "PutItem", payload: { ...payload, Item: operation.request.Item } };
    case "Update":
      return { operation: "UpdateItem", payload: { ...payload, Key: operation.key } };
    case "Delete":
      return { operation: "DeleteItem", payload: { ...payload, Key: operation.key } };
    default:
      return { operation: "PutItem", payload: { ...payload, Item: snapshot ?? operation.key } };
  }
}
