import { createHash, randomBytes } from "node:crypto";
import type { AppDeps } from "../platform/deps";
import { gsi1, type ItemKey, keys } from "../platform/keys";
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
  /** Public handle for "my sessions" (the token hash is never shown). */
  sessionId?: string;
  mustEnrollTotp?: boolean;
}

export interface SessionStart {
  personId: string;
  locale: Locale;
  platformOperator: boolean;
  memberships: Membership[];
  userAgent: string;
  /** Privileged person without a second factor: the session only reaches enrolment. */
  mustEnrollTotp?: boolean;
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const nowSeconds = (deps: AppDeps) => Math.floor(deps.clock.now().getTime() / 1000);

export async function startSession(deps: AppDeps, who: SessionStart): Promise<{ token: string; item: SessionItem }> {
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
    sessionId: deps.ids.next("s"),
    ...(who.mustEnrollTotp ? { mustEnrollTotp: true } : {}),
  };
  await deps.table.put(item, { ifAbsent: true });
  return { token, item };
}

/** The actor behind a token, or undefined when unknown, idle too long or past its absolute end. */
export async function authenticateToken(
  deps: AppDeps,
  token: string,
  extra: ItemKey[] = [],
): Promise<{ actor: Actor; items: ItemKey[] } | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const sessionKey = keys.session(hashToken(token));
  const { item, items } = await readSession(deps, sessionKey, extra);
  const now = nowSeconds(deps);
  if (!item || !sessionAlive(item, now)) return undefined;
  if (now - item.lastSeenAtSeconds >= touchEverySeconds) await touch(deps, item, now);
  return { actor: actorOfSession(item), items };
}

/** The session item, and any extra items in the same BatchGetItem (one call either way). */
async function readSession(deps: AppDeps, sessionKey: ItemKey, extra: ItemKey[]) {
  if (extra.length === 0) return { item: await deps.table.get<SessionItem>(sessionKey), items: [] };
  const found = await deps.table.batchGet([sessionKey, ...extra]);
  const item = found.find((i) => i.pk === sessionKey.pk && i.sk === sessionKey.sk) as SessionItem | undefined;
  return { item, items: found.filter((i) => i !== item) };
}

function actorOfSession(item: SessionItem): Actor {
  return {
    personId: item.personId,
    sessionHash: item.pk.slice(2),
    platformOperator: item.platformOperator,
    memberships: item.memberships,
    locale: item.locale,
    csrfToken: item.csrfToken,
    ...(item.mustEnrollTotp ? { mustEnrollTotp: true } : {}),
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

/** A person's sessions, oldest first (gsi1 sorts by start time); expired ones are left out. */
export async function sessionsOf(deps: AppDeps, personId: string): Promise<SessionItem[]> {
  const sessions = await deps.table.queryAll<SessionItem>(gsi1.sessionsOf(personId).gsi1pk, "", {
    name: "gsi1",
    pk: "gsi1pk",
    sk: "gsi1sk",
  });
  const now = nowSeconds(deps);
  return sessions.filter((s) => sessionAlive(s, now));
}

/**
 * Sign out everywhere: on password change or reset, role change and membership removal. The
 * index is eventually consistent, so this reads every session the person ever had that is still
 * stored, alive or not. `keepHash` spares the current session (password change).
 */
export async function endAllSessions(deps: AppDeps, personId: string, keepHash?: string): Promise<number> {
  const sessions = await deps.table.queryAll<SessionItem>(gsi1.sessionsOf(personId).gsi1pk, "", {
    name: "gsi1",
    pk: "gsi1pk",
    sk: "gsi1sk",
  });
  const ending = sessions.filter((s) => s.pk.slice(2) !== keepHash);
  for (const s of ending) await deps.table.delete({ pk: s.pk, sk: s.sk });
  return ending.length;
}

/** Ends one of the person's own sessions by its public id; false when there is no such session. */
export async function endSessionById(deps: AppDeps, personId: string, sessionId: string): Promise<boolean> {
  const session = (await sessionsOf(deps, personId)).find((s) => s.sessionId === sessionId);
  if (!session) return false;
  await deps.table.delete({ pk: session.pk, sk: session.sk });
  return true;
}

/** Enrolment done: the session is no longer limited to it. */
export async function liftEnrolmentLimit(deps: AppDeps, sessionHash: string): Promise<void> {
  await deps.table.update({
    Key: keys.session(sessionHash),
    UpdateExpression: "REMOVE mustEnrollTotp",
    ConditionExpression: "attribute_exists(pk)",
  });
}
