import { checkConditional } from "dynalite/db/index.js";
import * as deleteItem from "dynalite/validations/deleteItem.js";
import { checkTypes, checkValidations } from "dynalite/validations/index.js";
import * as putItem from "dynalite/validations/putItem.js";
import * as updateItem from "dynalite/validations/updateItem.js";
import type { Item } from "./dynamo-wire";
import type { SingleItemCall } from "./transact-requests";

const rules = { PutItem: putItem, UpdateItem: updateItem, DeleteItem: deleteItem };
// dynalite's default item size limit (we never set maxItemSizeKb); only checked on placeholder items here.
const store = { options: { maxItemSize: 400 * 1024 } };
// The request fields a parsed condition depends on.
const expressionFields = [
  "ConditionExpression",
  "UpdateExpression",
  "ExpressionAttributeNames",
  "ExpressionAttributeValues",
];

/** dynalite's parsed form of a request, as far as `checkConditional` reads it. */
type Parsed = Record<string, unknown>;

// Parsing an expression costs dynalite ~0.2 ms, and a transaction usually repeats one condition
// (`attribute_not_exists(pk)` on every Put), so parsed requests are kept, keyed by what they
// depend on. `null` remembers a request dynalite would reject. Bounded by starting afresh.
const parsedRequests = new Map<string, Parsed | null>();
const maxRemembered = 500;

/**
 * Whether dynalite would accept the expressions of `call` and find its condition true on
 * `existing`: dynalite's own type checks, validations (syntax, reserved words, unused names and
 * values …) and condition evaluator, run in-process instead of over HTTP. Used while holding the
 * write lock, where `existing` is exactly what dynalite would compare against. Any doubt (an
 * invalid request, a failed condition) answers false, and the caller lets dynalite decide.
 *
 * The checks run with the item's bare key standing in for a Put's item: a Put's own attributes
 * and size are checked again by the BatchWriteItem that writes it, and a failure there also ends
 * on the one-by-one path.
 */
export function wouldSucceed(call: SingleItemCall, key: Item, existing: Item | undefined): boolean {
  const parsed = parse(call, key);
  return parsed !== null && checkConditional(parsed, existing) == null;
}

function parse(call: SingleItemCall, key: Item): Parsed | null {
  const request: Record<string, unknown> = { TableName: call.payload.TableName };
  for (const field of expressionFields) if (call.payload[field] !== undefined) request[field] = call.payload[field];
  const identity = `${call.operation}\u0000${JSON.stringify(request)}`;
  const known = parsedRequests.get(identity);
  if (known !== undefined) return known;
  const rule = rules[call.operation];
  let parsed: Parsed | null;
  try {
    parsed = checkTypes({ ...request, [call.operation === "PutItem" ? "Item" : "Key"]: key }, rule.types);
    checkValidations(parsed, rule.types, rule.custom, store);
  } catch {
    parsed = null;
  }
  if (parsedRequests.size >= maxRemembered) parsedRequests.clear();
  parsedRequests.set(identity, parsed);
  return parsed;
}
