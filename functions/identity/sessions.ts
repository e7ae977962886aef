import { createHash, randomBytes } from "node:crypto";
import type { AppDeps } from "../platform/deps";
import { gsi1, keys } from "../platform/keys";
import type { Actor, Membership } from "../platform/model/actor";
import type { Locale } from "../platform/model/schemas";
import { isPrivileged } from "./model/policy";
import { ownerLimits, privilegedLimits, sessionAlive, sessionExpiry, touchEverySeconds } from "./model/session-policy";

/**
 * Opaque random session tokens. Only the SHA-256 of a token is stored, so a leaked table does not
 * leak sessions. The item carries a snapshot of the person's memberships, so authorizing a request
 * costs a single read; changing roles or removing a membership revokes the person's sessions.
 */
export interface SessionItem {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  personId: string;
  csrfToken: string;
  locale: Locale;
  platformOperator: boolean;
  memberships: Membership[];
  createdAtSeconds: number;
  lastSeenAtSeconds: number;
  idleSeconds: number;
  absoluteSeconds: number;
  /** TTL attribute (epoch seconds). */
  expiresAt: number;
  userAgent: string;
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const nowSeconds = (deps: AppDeps) => Math.floor(deps.clock.now().getTime() / 1000);

export async function startSession(
  deps: AppDeps,
  who: { personId: string; locale: Locale; platformOperator: boolean; memberships: Membership[]; userAgent: string },
): Promise<{ token: string; item: SessionItem }> {
  const token = randomBytes(32).toString("base64url");
  const limits = isPrivileged(who.memberships, who.platformOperator) ? privilegedLimits : ownerLimits;
  const now = nowSeconds(deps);
  const times = { createdAtSeconds: now, lastSeenAtSeconds: now, ...limits };
  const item: SessionItem = {
    ...keys.session(hashToken(token)),
    gsi1pk: gsi1.sessionsOf(who.personId).gsi1pk,
    gsi1sk: String(now),
    personId: who.personId,
    csrfToken: randomBytes(24).toString("base64url"),
    locale: who.locale,
    platformOperator: who.platformOperator,
    memberships: who.memberships,
    ...times,
    expiresAt: sessionExpiry(times),
    userAgent: who.userAgent,
  };
  await deps.table.put(item, { ifAbsent: true });
  return { token, item };
}

/** The actor behind a token, or undefined when unknown, idle too long or past its absolute end. */
export async function authenticateToken(deps: AppDeps, token: string): Promise<Actor | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const item = await deps.table.get<SessionItem>(keys.session(hashToken(token)));
  const now = nowSeconds(deps);
  if (!item || !sessionAlive(item, now)) return undefined;
  if (now - item.lastSeenAtSeconds >= touchEverySeconds) await touch(deps, item, now);
  return {
    personId: item.personId,
    sessionHash: item.pk.slice(2),
    platformOperator: item.platformOperator,
    memberships: item.memberships,
    locale: item.locale,
    csrfToken: item.csrfToken,
  };
}

async function touch(deps: AppDeps, item: SessionItem, now: number): Promise<void> {
  await deps.table
    .update({
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: "SET lastSeenAtSeconds = :now, expiresAt = :exp",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":now": now, ":exp": sessionExpiry({ ...item, lastSeenAtSeconds: now }) },
    })
    .catch(() => undefined); // a session revoked meanwhile simply stays revoked
}

export async function endSession(deps: AppDeps, token: string): Promise<void> {
  await deps.table.delete(keys.session(hashToken(token)));
}

/** Sign out everywhere: used on password change and membership removal. */
export async function endAllSessions(deps: AppDeps, personId: string): Promise<number> {
  const sessions = await deps.table.queryAll<SessionItem>(gsi1.sessionsOf(personId).gsi1pk, "", {
    name: "gsi1",
    pk: "gsi1pk",
    sk: "gsi1sk",
  });
  for (const s of sessions) await deps.table.delete({ pk: s.pk, sk: s.sk });
  return sessions.length;
}
