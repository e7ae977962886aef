/**
 * Billing-run benchmark on the embedded runtime: `npx tsx functions/billing/bench.ts 50 500`.
 * Sets up an association of N units with four rules and two invoices, then counts the AWS calls,
 * consumed capacity and time of `runBillingFor` (draft + publish) and of a second, no-op run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDomus } from "../local/runtime";
import { countCalls } from "../platform/aws/call-counter";
import type { AppDeps } from "../platform/deps";
import { setUp } from "./bench-setup";
import { runBillingFor } from "./run-billing";

async function bench(deps: AppDeps, n: number) {
  const id = `bench-${n}`;
  await setUp(deps, id, n);
  const started = performance.now();
  const first = await countCalls(() => runBillingFor(deps, id, "2026-12"));
  const ms = Math.round(performance.now() - started);
  const again = await countCalls(() => runBillingFor(deps, id, "2026-12"));
  const writes = (c: Record<string, number>) =>
    (c["DynamoDB.TransactWriteItems"] ?? 0) +
    (c["DynamoDB.BatchWriteItem"] ?? 0) +
    (c["DynamoDB.PutItem"] ?? 0) +
    (c["DynamoDB.UpdateItem"] ?? 0);
  return {
    units: n,
    ms,
    writeRequests: writes(first.tally.calls),
    target: Math.ceil((2 * n) / 25),
    calls: first.tally.calls,
    wcu: first.tally.writeCapacity,
    rcu: first.tally.readCapacity,
    secondRun: again.tally.calls,
    result: first.result,
  };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const root = await mkdtemp(join(tmpdir(), "domus-bench-"));
const domus = await startDomus({
  dataDir: join(root, "data"),
  keyFile: join(root, "keys", "k"),
  port: 0,
  mailPort: 0,
  seed: false,
});
try {
  for (const n of sizes.length ? sizes : [50, 500])
    process.stdout.write(`${JSON.stringify(await bench(domus.deps, n))}\n`);
} finally {
  await domus.close();
  await rm(root, { recursive: true, force: true });
}
