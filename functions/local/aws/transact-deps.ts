import type { DynaliteClient } from "./dynalite-client";
import type { IdempotencyTokens } from "./idempotency-tokens";
import type { Mutex } from "./mutex";
import type { TableKeys } from "./table-keys";

/** What the transaction layer needs: dynalite, key schemas, the write lock and the token memory. */
export interface TransactDeps {
  dynalite: DynaliteClient;
  keys: TableKeys;
  writeLock: Mutex;
  tokens: IdempotencyTokens;
}
