import type { DynaliteClient } from "./dynalite-client";
import { errorCode, type Item, unwrap } from "./dynamo-wire";
import type { Mutex } from "./mutex";
import type { TableKeys } from "./table-keys";
import type { TtlConfig } from "./ttl-config";

/** What the sweeper needs; `now` (epoch milliseconds) is injectable for tests. */
export interface TtlSweeperDeps {
  dynalite: DynaliteClient;
  keys: TableKeys;
  writeLock: Mutex;
  ttl: TtlConfig;
  now?: () => number;
}

interface ScanOutput {
  Items?: Item[];
  LastEvaluatedKey?: Item;
}

/**
 * Deletes items whose TTL attribute (a Number, epoch seconds) lies in the past, standing in for
 * DynamoDB's background expiry. Each delete repeats the expiry test as its condition and runs
 * under the write lock, so an item refreshed after the scan is kept.
 */
export class TtlSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly deps: TtlSweeperDeps) {}

  /** Sweeps every `intervalMs` until stopped; the timer never keeps the process alive. */
  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => console.warn("[local-aws] TTL sweep failed:", error));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sweeps all TTL-enabled tables now; concurrent callers share one sweep. Resolves with the count deleted. */
  sweep(): Promise<number> {
    this.running ??= this.sweepAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sweepAll(): Promise<number> {
    const nowSeconds = Math.floor((this.deps.now ?? Date.now)() / 1000);
    let deleted = 0;
    for (const [table, attribute] of this.deps.ttl.tables())
      deleted += await this.sweepTable(table, attribute, nowSeconds);
    return deleted;
  }

  private async sweepTable(table: string, attribute: string, nowSeconds: number): Promise<number> {
    const expired = {
      ExpressionAttributeNames: { "#ttl": attribute },
      ExpressionAttributeValues: { ":now": { N: String(nowSeconds) } },
    };
    let deleted = 0;
    let startKey: Item | undefined;
    do {
      const scan = await this.deps.dynalite.call<ScanOutput>("Scan", {
        TableName: table,
        FilterExpression: "#ttl < :now",
        ...expired,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      // A table deleted behind the proxy's back simply has nothing to sweep.
      if (!scan.ok && errorCode(scan.error) === "ResourceNotFoundException") return deleted;
      const page = unwrap(scan);
      for (const item of page.Items ?? []) if (await this.deleteIfExpired(table, item, expired)) deleted++;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return deleted;
  }

  private async deleteIfExpired(table: string, item: Item, expired: Record<string, unknown>): Promise<boolean> {
    const key = await this.deps.keys.keyOf(table, item);
    const result = await this.deps.writeLock.run(() =>
      this.deps.dynalite.call("DeleteItem", {
        TableName: table,
        Key: key,
        ConditionExpression: "#ttl < :now",
        ...expired,
      }),
    );
    if (!result.ok && errorCode(result.error) === "ConditionalCheckFailedException") return false;
    unwrap(result);
    return true;
  }
}
