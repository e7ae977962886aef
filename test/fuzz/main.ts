import { createLogger } from "../../functions/platform/log";
import { startTestDomus } from "../integration/support/domus";
import { testNow } from "../support/test-clock";
import { closeConnections } from "./http";
import { runFuzz } from "./run";

/**
 * `npm run fuzz`: a fresh Domus (temporary data directory, test clock, demo data) and every fuzz
 * case for the three roles, topped up with seeded fresh samples to at least FUZZ_REQUESTS
 * (10,000) requests. Prints the counts per check and per status class and the distinct findings;
 * exits 1 when any check failed. FUZZ_SEED picks another reproducible run (default 20261207);
 * FUZZ_MODE=quick runs the small set of `npm test` instead.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const mode = process.env.FUZZ_MODE === "quick" ? "quick" : "full";
const minRequests = Number(process.env.FUZZ_REQUESTS ?? 10_000);

const serverErrors = new Map<string, number>();
const log = createLogger("error", {}, (line) => {
  const entry = JSON.parse(line) as { errorName?: string; cause?: string; path?: string };
  const key = `${entry.errorName ?? "?"}: ${entry.cause ?? line.slice(0, 200)}`;
  serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
});

const started = Date.now();
const domus = await startTestDomus({ log });
try {
  const tally = await runFuzz({
    url: domus.url,
    seed,
    mode,
    minRequests,
    now: testNow,
    progress: (line) => process.stdout.write(`  … ${line}\n`),
  });
  process.stdout.write(
    `\nDomus fuzz, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s\n${tally.summary()}\n`,
  );
  if (serverErrors.size > 0) {
    process.stdout.write("server errors logged (name: cause ×count):\n");
    for (const [key, n] of [...serverErrors].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${key} ×${n}\n`);
  }
  const failed = Object.values(tally.failed).reduce((a, b) => a + b, 0);
  process.exitCode = failed > 0 || (mode === "full" && tally.requests < minRequests) ? 1 : 0;
} finally {
  closeConnections();
  await domus.stop();
}
process.exit(process.exitCode ?? 0);
