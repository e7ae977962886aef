import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { type ItemKey, keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";

/**
 * Fixed-window attempt counters in the table (dropped by TTL). Every guess takes an attempt
 * before it is checked, with a conditional ADD that succeeds only while the window is below its
 * limit, so concurrent guesses cannot all pass a check made before any of them was counted; a
 * guess that turns out right gives its attempt back, so the windows count failures. A full window
 * answers 429 with a retry time and ends by itself: an attacker can slow an account down but never
 * lock its owner out for good.
 */
export interface ThrottleRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** The windows an attempt was taken from, to give it back to the same windows on success. */
export type TakenAttempt = ItemKey[];

function windowOf(deps: AppDeps, rule: ThrottleRule) {
  const now = Math.floor(deps.clock.now().getTime() / 1000);
  const start = now - (now % rule.windowSeconds);
  return {
    key: keys.throttle(rule.bucket, String(start)),
    retryAfter: start + rule.windowSeconds - now,
    end: start + rule.windowSeconds,
  };
}

/**
 * Takes one attempt from every rule, in order, or throws `auth.throttled` (429) when a window is
 * full; what earlier rules took is then given back, so a refused request counts nowhere.
 */
export async function takeAttempt(deps: AppDeps, rules: ThrottleRule[]): Promise<TakenAttempt> {
  const taken: TakenAttempt = [];
  for (const rule of rules) {
    const w = windowOf(deps, rule);
    try {
      await deps.table.update({
        Key: w.key,
        UpdateExpression: "ADD #c :one SET expiresAt = :exp",
        ConditionExpression: "attribute_not_exists(#c) OR #c < :limit",
        ExpressionAttributeNames: { "#c": "count" },
        ExpressionAttributeValues: { ":one": 1, ":exp": w.end + 60, ":limit": rule.limit },
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await giveBack(deps, taken);
      throw appError("auth.throttled", { params: { seconds: w.retryAfter } });
    }
    taken.push(w.key);
  }
  return taken;
}

/** The guess was right: its attempts go back, so only failures fill the windows. */
export async function giveBack(deps: AppDeps, taken: TakenAttempt): Promise<void> {
  await Promise.all(
    taken.map((key) =>
      deps.table
        .update({
          Key: key,
          UpdateExpression: "ADD #c :minus",
          ConditionExpression: "#c > :zero",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: { ":minus": -1, ":zero": 0 },
        })
        .catch((error: unknown) => {
          // The window expired and was swept meanwhile: nothing to give back.
          if (!isConditionFailure(error)) throw error;
        }),
    ),
  );
}

/**
 * Sign-in limits: ≤ 100 failures per account per hour (quality bar), and per client address. A
 * client whose device cookie names this person (it signed in here before) gets a budget of its
 * own instead of the account's: anyone can fill the account's budget with the owner's email, but
 * that no longer locks the owner out on her own device.
 */
export function signInRules(
  accountIndex: string,
  address: string,
  knownDevice?: { personId: string; device: string },
): ThrottleRule[] {
  const account = knownDevice
    ? `signin:device:${knownDevice.personId}:${knownDevice.device}`
    : `signin:acct:${accountIndex}`;
  return [
    { bucket: account, limit: 100, windowSeconds: 3600 },
    { bucket: `signin:addr:${address}`, limit: 300, windowSeconds: 3600 },
  ];
}

/** TOTP at sign-in: a few wrong codes per person per quarter hour (each challenge allows five). */
export function totpRules(personId: string): ThrottleRule[] {
  return [{ bucket: `totp:person:${personId}`, limit: 10, windowSeconds: 900 }];
}

/** Re-authentication (current password before sensitive changes), per person. */
export function reauthRules(personId: string): ThrottleRule[] {
  return [{ bucket: `reauth:${personId}`, limit: 10, windowSeconds: 900 }];
}

/** Activation codes: wrong codes per client address (a code is 80 bits; this stops scanning). */
export function activationRules(address: string): ThrottleRule[] {
  return [{ bucket: `activate:addr:${address}`, limit: 20, windowSeconds: 3600 }];
}

/** Reset requests count whether or not the email is known, so the limit reveals nothing. */
export function resetRequestRules(accountIndex: string, address: string): ThrottleRule[] {
  return [
    { bucket: `reset:acct:${accountIndex}`, limit: 5, windowSeconds: 3600 },
    { bucket: `reset:addr:${address}`, limit: 50, windowSeconds: 3600 },
  ];
}
