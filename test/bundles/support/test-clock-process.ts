import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { testNow } from "../../support/test-clock";

/** Node options that put a child process on the test clock (test-clock-preload.mjs). */
export const testClockExecArgv = ["--import", pathToFileURL(join(import.meta.dirname, "test-clock-preload.mjs")).href];

/** The setting the preload reads: how far the test clock is from the real one, as in this process. */
export function testClockEnvironment(): Record<string, string> {
  return { DOMUS_TEST_CLOCK_OFFSET: String(testNow() - Date.now()) };
}
