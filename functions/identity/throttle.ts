import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";

/**
 * Fixed-window failure counters in the table (atomic ADD, dropped by TTL). Sign-in is refused
 * with 429 and a retry time once a window is full; the window ends by itself, so an attacker can
 * slow an account down but never lock its owner out for good.
 */
export interface ThrottleRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

function windowOf(deps: AppDeps, rule: ThrottleRule) {
  const now = Math.floor(deps.clock.now().getTime() / 1000);
  const start = now - (now % rule.windowSeconds);
  return {
    key: keys.throttle(rule.bucket, String(start)),
    retryAfter: start + rule.windowSeconds - now,
    end: start + rule.windowSeconds,
  };
}

/** Throws `auth.throttled` (429) when any rule's window is already full. */
export async function assertNotThrottled(deps: AppDeps, rules: ThrottleRule[]): Promise<void> {
  const windows = rules.map((rule) => ({ rule, ...windowOf(deps, rule) }));
  const found = await deps.table.batchGet(windows.map((w) => w.key));
  for (const w of windows) {
    const item = found.find((i) => i.pk === w.key.pk && i.sk === w.key.sk) as { count?: number } | undefined;
    if ((item?.count ?? 0) >= w.rule.limit) throw appError("auth.throttled", { params: { seconds: w.retryAfter } });
  }
}

export async function recordFailure(deps: AppDeps, rules: ThrottleRule[]): Promise<void> {
  for (const rule of rules) {
    const w = windowOf(deps, rule);
    await deps.table.update({
      Key: w.key,
      UpdateExpression: "ADD #c :one SET expiresAt = :exp",
      ExpressionAttributeNames: { "#c": "count" },
      ExpressionAttributeValues: { ":one": 1, ":exp": w.end + 60 },
    });
  }
}

/** Sign-in limits: ≤ 100 failures per account per hour (quality bar), and per client address. */
export function signInRules(accountIndex: string, address: string): ThrottleRule[] {
  return [
    { bucket: `signin:acct:${accountIndex}`, limit: 100, windowSeconds: 3600 },
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
