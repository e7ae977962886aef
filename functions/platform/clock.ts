import { randomBytes } from "node:crypto";

/** Time as a port, so domain code and tests control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where a test puts it. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock that starts at a chosen instant and then runs at the speed of real time: tests that must
 * not depend on today's date still see sessions age, TOTP steps turn and timeouts pass.
 */
export function runningClockFrom(iso: string, realNow: () => number = Date.now): Clock {
  const offset = new Date(iso).getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/** Ids as a port: random, URL-safe, sortable by creation time. */
export interface Ids {
  next(prefix?: string): string;
}

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

function encodeTime(ms: number): string {
  let out = "";
  let rest = ms;
  for (let i = 0; i < 9; i++) {
    out = alphabet[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

export function randomIds(clock: Clock): Ids {
  return {
    next(prefix = "") {
      const random = [...randomBytes(10)].map((b) => alphabet[b % 32]).join("");
      return `${prefix}${encodeTime(clock.now().getTime())}${random}`;
    },
  };
}
