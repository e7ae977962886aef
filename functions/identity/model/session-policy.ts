/**
 * Session lifetimes (quality bars): board and admin roles at most 30 min idle and 12 h absolute;
 * owners stay signed in longer on their own devices.
 */
export interface SessionLimits {
  idleSeconds: number;
  absoluteSeconds: number;
}

export const privilegedLimits: SessionLimits = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 };
export const ownerLimits: SessionLimits = { idleSeconds: 7 * 24 * 3600, absoluteSeconds: 30 * 24 * 3600 };

/** Whether a session is still alive at `nowSeconds`. */
export function sessionAlive(
  s: { createdAtSeconds: number; lastSeenAtSeconds: number } & SessionLimits,
  nowSeconds: number,
): boolean {
  return nowSeconds < s.createdAtSeconds + s.absoluteSeconds && nowSeconds < s.lastSeenAtSeconds + s.idleSeconds;
}

/** When the stored item may be dropped by TTL: the earlier of the idle and absolute ends. */
export function sessionExpiry(s: { createdAtSeconds: number; lastSeenAtSeconds: number } & SessionLimits): number {
  return Math.min(s.createdAtSeconds + s.absoluteSeconds, s.lastSeenAtSeconds + s.idleSeconds);
}

/** Touching the session on every request would cost a write each time; once a minute is enough. */
export const touchEverySeconds = 60;
