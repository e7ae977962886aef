import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DomusOptions, type RunningDomus, startDomus } from "../../../functions/local/runtime";
import type { Clock } from "../../../functions/platform/clock";
import { testClock } from "../../support/test-clock";

/**
 * Domus on the embedded runtime in a temporary directory: real dynalite, KMS, S3 and SES
 * stand-ins, the real HTTP app, seeded demo data. Ports are ephemeral so suites never collide.
 */
export interface TestDomus extends RunningDomus {
  root: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestDomus(
  opts: { clock?: Clock; seed?: boolean; stripe?: DomusOptions["stripe"]; log?: DomusOptions["log"] } = {},
): Promise<TestDomus> {
  const root = await mkdtemp(join(tmpdir(), "domus-test-"));
  const dataDir = join(root, "data");
  const domus = await startDomus({
    dataDir,
    keyFile: join(root, "keys", "master.key"),
    port: 0,
    mailPort: 0,
    seed: opts.seed ?? true,
    clock: opts.clock ?? testClock,
    stripe: opts.stripe,
    log: opts.log,
  });
  return {
    ...domus,
    root,
    dataDir,
    stop: async () => {
      await domus.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
