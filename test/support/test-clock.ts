import { runningClockFrom } from "../../functions/platform/clock";

/**
 * The instant every test's world starts at, whatever today's date is: the demo's November 2026
 * is billed, December is not. The clock then runs at real speed, so sessions, TOTP steps and
 * timeouts behave as they do in production. A suite that needs another day uses `fixedClock`.
 */
export const testEpoch = "2026-12-07T09:00:00.000Z";

/** The app's clock in tests (server, TOTP codes, signed webhooks and the browser share it). */
export const testClock = runningClockFrom(testEpoch);

/** Epoch milliseconds on the test clock. */
export const testNow = (): number => testClock.now().getTime();
