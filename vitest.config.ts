import { defineConfig } from "vitest/config";

/**
 * Four suites: unit tests sit beside the pure code; integration drives the HTTP app against the
 * embedded runtime in a temporary directory; infra asserts on the synthesized CDK template;
 * e2e drives the built web app in Debian's Chromium (run separately, see README).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["functions/**/*.test.ts", "web/src/**/*.test.ts", "test/unit/**/*.test.ts"] } },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      { test: { name: "infra", include: ["test/infra/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 } },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
