import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import dynalite from "dynalite";
import { DynaliteClient } from "./dynalite-client";
import { createDynamoProxy } from "./dynamodb-proxy";
import { closeServer, listen, urlFor } from "./http-util";
import { IdempotencyTokens } from "./idempotency-tokens";
import { Mutex } from "./mutex";
import { TableKeys } from "./table-keys";
import { TtlConfig } from "./ttl-config";
import { TtlSweeper } from "./ttl-sweeper";

/** A running local DynamoDB: the proxy's endpoint, its TTL sweeper, and a way to stop both. */
export interface LocalDynamo {
  endpoint: string;
  sweeper: TtlSweeper;
  close(): Promise<void>;
}

/**
 * Starts dynalite on `<dataDir>/dynamodb` (LevelDB) behind the proxy that adds transactions and
 * TTL. Both listen on ephemeral loopback ports; only the proxy's is handed out.
 */
export async function startLocalDynamo(dataDir: string, host: string, now?: () => number): Promise<LocalDynamo> {
  const path = join(dataDir, "dynamodb");
  await mkdir(path, { recursive: true });
  // Tables become ACTIVE at once: nothing local should wait on made-up provisioning delays.
  const backend = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const backendPort = await listen(backend, 0, host);
  const client = new DynaliteClient(host, backendPort);
  const keys = new TableKeys(client);
  const writeLock = new Mutex();
  const ttl = await TtlConfig.load(join(dataDir, "dynamodb-ttl.json"));
  const proxy = createDynamoProxy({ dynalite: client, keys, writeLock, tokens: new IdempotencyTokens(), ttl });
  const sweeper = new TtlSweeper({ dynalite: client, keys, writeLock, ttl, now });
  const port = await listen(proxy, 0, host);
  sweeper.start();
  return {
    endpoint: urlFor(host, port),
    sweeper,
    async close() {
      await sweeper.stop();
      await closeServer(proxy);
      client.close();
      // dynalite's own close also closes LevelDB, releasing its lock for the next start.
      await new Promise<void>((resolve, reject) => backend.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
