import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { ItemKey } from "./keys";

/** Any stored item: its key plus attributes. */
export type Item = ItemKey & object;
export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * The single table, through the document client. Small on purpose: domains build their own
 * stores on top and keep key shapes in `keys.ts`.
 */
export class Table {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly name: string,
  ) {}

  async get<T extends ItemKey>(key: ItemKey, consistent = false): Promise<T | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.name, Key: key, ConsistentRead: consistent }));
    return out.Item as T | undefined;
  }

  /** Reads up to 100 keys in one request (retrying what DynamoDB leaves unprocessed). */
  async batchGet(itemKeys: ItemKey[]): Promise<Item[]> {
    const found: Item[] = [];
    let pending: ItemKey[] = itemKeys;
    while (pending.length > 0) {
      const out = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending } } }));
      found.push(...((out.Responses?.[this.name] ?? []) as Item[]));
      pending = (out.UnprocessedKeys?.[this.name]?.Keys ?? []) as ItemKey[];
    }
    return found;
  }

  /** Puts an item; with `ifAbsent` the put is a no-op-or-fail guard for idempotent creation. */
  async put(item: Item, opts: { ifAbsent?: boolean; condition?: string; values?: Record<string, unknown> } = {}) {
    const condition = opts.ifAbsent ? "attribute_not_exists(pk)" : opts.condition;
    await this.doc.send(
      new PutCommand({
        TableName: this.name,
        Item: item as Record<string, unknown>,
        ConditionExpression: condition,
        ExpressionAttributeValues: opts.values,
      }),
    );
  }

  async update(input: Omit<UpdateCommandInput, "TableName">) {
    return this.doc.send(new UpdateCommand({ ...input, TableName: this.name }));
  }

  async delete(key: ItemKey) {
    await this.transact([{ Delete: { TableName: this.name, Key: key } }]);
  }

  async query<T extends ItemKey>(input: Omit<QueryCommandInput, "TableName">): Promise<{ items: T[]; next?: string }> {
    const out = await this.doc.send(new QueryCommand({ ...input, TableName: this.name }));
    const next = out.LastEvaluatedKey
      ? Buffer.from(JSON.stringify(out.LastEvaluatedKey)).toString("base64url")
      : undefined;
    return { items: (out.Items ?? []) as T[], next };
  }

  /** Every item of a partition whose sort key begins with `prefix` (follows pages). */
  async queryAll<T extends ItemKey>(pk: string, prefix = "", index?: { name: string; pk: string; sk: string }) {
    const all: T[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const keyAttr = index?.pk ?? "pk";
      const sortAttr = index?.sk ?? "sk";
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.name,
          IndexName: index?.name,
          KeyConditionExpression: prefix ? "#p = :p AND begins_with(#s, :s)" : "#p = :p",
          ExpressionAttributeNames: prefix ? { "#p": keyAttr, "#s": sortAttr } : { "#p": keyAttr },
          ExpressionAttributeValues: prefix ? { ":p": pk, ":s": prefix } : { ":p": pk },
          ExclusiveStartKey: start,
        }),
      );
      all.push(...((out.Items ?? []) as T[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return all;
  }

  /** All-or-nothing write of up to 100 items. */
  async transact(items: TransactItem[]) {
    await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
  }

  /** Unconditional bulk puts, 25 per request, retrying unprocessed items. */
  async batchPut(items: Item[]) {
    for (let i = 0; i < items.length; i += 25) {
      let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item: Item as Record<string, unknown> } }));
      while (pending.length > 0) {
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.name]: pending } }));
        pending = (out.UnprocessedItems?.[this.name] ?? []) as typeof pending;
      }
    }
  }
}

/** True when a conditional write or transaction failed on its condition (a duplicate, a race). */
export function isConditionFailure(error: unknown): boolean {
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).some((r) => r.Code === "ConditionalCheckFailed");
  }
  return (error as { name?: string })?.name === "ConditionalCheckFailedException";
}

/** Reasons per transaction item, for callers that must know which condition failed. */
export function cancellationCodes(error: unknown): string[] {
  if (error instanceof TransactionCanceledException) return (error.CancellationReasons ?? []).map((r) => r.Code ?? "");
  return [];
}
