import type { AppDeps } from "../../../functions/platform/deps";

const withCapacity =
  /^(GetItem|PutItem|UpdateItem|DeleteItem|Query|Scan|BatchGetItem|BatchWriteItem|TransactWriteItems|TransactGetItems|Get|Put|Update|Delete|BatchGet|BatchWrite|TransactWrite|TransactGet)(Command)?$/;

interface StackLike {
  add(
    mw: (
      next: (args: { input: unknown }) => Promise<unknown>,
      ctx: { commandName?: string },
    ) => (args: { input: unknown }) => Promise<unknown>,
    opts: { step: "initialize"; name: string; priority: "high" },
  ): void;
}

/**
 * Bench-only: asks DynamoDB to report consumed capacity on every data call, so the counter can add
 * it up. The app itself does not ask (it would add a few bytes per answer for nothing); the
 * request count and shape are unchanged.
 */
export function askForConsumedCapacity(deps: AppDeps): void {
  const stack = deps.clients.dynamo.middlewareStack as unknown as StackLike;
  try {
    stack.add(
      (next, ctx) => async (args) => {
        const input = args.input as Record<string, unknown> | undefined;
        if (input && typeof input === "object" && withCapacity.test(ctx.commandName ?? "")) {
          input.ReturnConsumedCapacity ??= "TOTAL";
        }
        return next(args);
      },
      { step: "initialize", name: "benchReturnConsumedCapacity", priority: "high" },
    );
  } catch {
    // already installed on this client
  }
}
