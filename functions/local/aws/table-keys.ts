import type { DynaliteClient } from "./dynalite-client";
import { type Item, unwrap, validationError } from "./dynamo-wire";

interface DescribeTableOutput {
  Table: { KeySchema: { AttributeName: string; KeyType: string }[] };
}

/**
 * Key attribute names per table, read from DescribeTable. Transactions and the TTL sweeper need
 * them to snapshot, restore and delete items by key; the proxy forgets a table whenever it is
 * created, updated or deleted so a recreated table is read afresh.
 */
export class TableKeys {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly dynalite: DynaliteClient) {}

  /** The key attribute names (hash first), or dynalite's ResourceNotFoundException as a failure. */
  async keyNames(table: string): Promise<string[]> {
    const cached = this.cache.get(table);
    if (cached) return cached;
    const output = unwrap(await this.dynalite.call<DescribeTableOutput>("DescribeTable", { TableName: table }));
    const names = [...output.Table.KeySchema]
      .sort((a, b) => (a.KeyType === "HASH" ? -1 : b.KeyType === "HASH" ? 1 : 0))
      .map((k) => k.AttributeName);
    this.cache.set(table, names);
    return names;
  }

  /** Projects an item (or a key) onto the table's key attributes. */
  async keyOf(table: string, item: Item): Promise<Item> {
    const key: Item = {};
    for (const name of await this.keyNames(table)) {
      const value = item[name];
      if (value === undefined) {
        throw validationError(`One or more parameter values were invalid: Missing the key ${name} in the item`);
      }
      key[name] = value;
    }
    return key;
  }

  /** Drops what is known about a table after a schema change. */
  forget(table: string): void {
    this.cache.delete(table);
  }
}
