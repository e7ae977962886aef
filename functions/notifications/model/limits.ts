/** Informational emails one person may get in one clock hour; the rest wait for the daily digest. */
export const informationalPerHour = 3;

/** The hour bucket of an instant (UTC), e.g. "2026-12-07T09". */
export function hourOf(at: Date): string {
  return at.toISOString().slice(0, 13);
}
