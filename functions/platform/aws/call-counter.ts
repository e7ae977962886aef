import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts AWS SDK calls per request (DynamoDB, KMS, …) through SDK middleware, with consumed
 * capacity when the response reports it. Used by budgets in tests and by `npm run bench`.
 */
export interface CallTally {
  calls: Record<string, number>;
  readCapacity: number;
  writeCapacity: number;
}

const storage = new AsyncLocalStorage<CallTally>();

export function newTally(): CallTally {
  return { calls: {}, readCapacity: 0, writeCapacity: 0 };
}

/** Runs `fn` with a fresh tally and returns both. */
export async function countCalls<T>(fn: () => Promise<T>): Promise<{ result: T; tally: CallTally }> {
  const tally = newTally();
  const result = await storage.run(tally, fn);
  return { result, tally };
}

export function currentTally(): CallTally | undefined {
  return storage.getStore();
}

type Capacity = { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number };

function addCapacity(tally: CallTally, command: string, consumed: Capacity | Capacity[] | undefined) {
  for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
    const units = c.CapacityUnits ?? 0;
    if (/Get|Query|Scan/.test(command)) tally.readCapacity += c.ReadCapacityUnits ?? units;
    else tally.writeCapacity += c.WriteCapacityUnits ?? units;
  }
}

interface MiddlewareStackLike {
  add(
    mw: (
      next: (args: unknown) => Promise<{ output: unknown }>,
      ctx: { clientName?: string; commandName?: string },
    ) => (args: unknown) => Promise<{ output: unknown }>,
    opts: { step: "initialize"; name: string },
  ): void;
}

/** Installs the counting middleware on an SDK client (idempotent per client). */
export function installCallCounter(client: { middlewareStack: unknown }): void {
  const stack = client.middlewareStack as MiddlewareStackLike;
  try {
    stack.add(
      (next, ctx) => async (args) => {
        const tally = storage.getStore();
        const service = (ctx.clientName ?? "Client").replace(/Client$/, "");
        const name = `${service}.${(ctx.commandName ?? "Command").replace(/Command$/, "")}`;
        if (tally) tally.calls[name] = (tally.calls[name] ?? 0) + 1;
        const out = await next(args);
        const output = out.output as { ConsumedCapacity?: Capacity | Capacity[] };
        if (tally) addCapacity(tally, name, output?.ConsumedCapacity);
        return out;
      },
      { step: "initialize", name: "domusCallCounter" },
    );
  } catch {
    // Already installed on this client: adding twice throws a duplicate-name error.
  }
}
