import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The `bundles` suite (`npm run test:bundles`, run by .ci/run after `cdk synth`): the Lambda
 * bundles built as CDK builds them, each driven in its own Node process with API Gateway and
 * Scheduler events against the local AWS stand-ins. Apart from `npm test`: it builds five bundles
 * and starts five processes.
 */
export default defineConfig({
  test: {
    name: "bundles",
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/bundles/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
