import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { idSchema } from "../platform/model/schemas";
import { type Page, queryPage } from "../platform/paging";

/**
 * The audit log: who did what to which subject, with what outcome. Ids only, never personal data
 * (no names, emails or amounts), so the log itself needs no encryption and can be shown to the
 * chairman and the auditor as is.
 */
export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditEvent {
  /** Person id of the actor, absent for anonymous attempts. */
  actor?: string;
  /** The tenant the event belongs to; absent for platform-level events. */
  associationId?: string;
  /** What was touched, as an id: `person:<id>`, `unit:<id>`, `invitation:<id>`. */
  subject?: string;
  action: string;
  outcome: AuditOutcome;
  requestId?: string;
}

export interface AuditRecord extends AuditEvent {
  auditId: string;
  time: string;
  /** Denials are counted per actor, target and hour: how many, the last one, and which actions. */
  count?: number;
  lastTime?: string;
  actions?: string[];
}

type AuditItem = Omit<AuditRecord, "actions"> & { pk: string; sk: string; actions?: Set<string> };

const wellFormed = (id: string | undefined): id is string => id !== undefined && idSchema.safeParse(id).success;

/**
 * Where a record goes. Association ids come from request paths, so only well-formed ids get a
 * partition of their own; a malformed one is kept under the actor who sent it (so a probe of
 * garbage ids cannot pile every record into one platform partition); the rest is platform level.
 */
function partitionOf(event: Pick<AuditEvent, "actor" | "associationId">): { pk: string; tenant?: string } {
  if (wellFormed(event.associationId))
    return { pk: keys.auditEntry(event.associationId, "").pk, tenant: event.associationId };
  if (event.associationId !== undefined && event.actor) return { pk: keys.actorAudit(event.actor, "").pk };
  return { pk: keys.auditEntry(undefined, "").pk };
}

/** Appends one record. */
export async function recordAudit(deps: AppDeps, event: AuditEvent): Promise<void> {
  const time = deps.clock.now().toISOString();
  const auditId = deps.ids.next("au");
  const { pk, tenant } = partitionOf(event);
  const item: AuditItem = { pk, sk: `${time}#${auditId}`, ...event, auditId, time };
  if (!tenant) delete item.associationId;
  await deps.table.put(item);
}

export interface Denial {
  actor: string;
  associationId?: string;
  /** `unit:<id>` when the request named a unit; absent for the association itself. */
  subject?: string;
  action: string;
}

/**
 * Records a denied request as one record per actor, target and hour, with a count: a deterministic
 * key and an atomic ADD, so a probe of a thousand refused requests writes one record, not a
 * thousand. The sort key starts with the hour, so the log stays in time order.
 */
export async function recordDenial(deps: AppDeps, denial: Denial): Promise<void> {
  const now = deps.clock.now().toISOString();
  const hour = `${now.slice(0, 13)}:00:00.000Z`;
  const { pk, tenant } = partitionOf(denial);
  const target = tenant
    ? (denial.subject ?? "association")
    : denial.associationId === undefined
      ? "platform"
      : "association:invalid";
  const subject = tenant ? denial.subject : target;
  const values: Record<string, unknown> = {
    ":actor": denial.actor,
    ":denied": "denied",
    ":now": now,
    ":id": deps.ids.next("au"),
    ":action": denial.action,
    ":one": 1,
    ":actions": new Set([denial.action]),
    ...(subject ? { ":subject": subject } : {}),
    ...(tenant ? { ":tenant": tenant } : {}),
  };
  const set = [
    "actor = :actor",
    "outcome = :denied",
    "#time = if_not_exists(#time, :now)",
    "lastTime = :now",
    "auditId = if_not_exists(auditId, :id)",
    "#action = if_not_exists(#action, :action)",
    ...(subject ? ["subject = :subject"] : []),
    ...(tenant ? ["associationId = :tenant"] : []),
  ];
  await deps.table.update({
    Key: { pk, sk: `${hour}#denied#${denial.actor}#${target}` },
    UpdateExpression: `SET ${set.join(", ")} ADD #count :one, actions :actions`,
    ExpressionAttributeNames: { "#time": "time", "#action": "action", "#count": "count" },
    ExpressionAttributeValues: values,
  });
}

/** The same event for several associations (a sign-in concerns every association of the person). */
export async function recordAuditEach(deps: AppDeps, associationIds: string[], event: AuditEvent): Promise<void> {
  const targets = associationIds.length > 0 ? associationIds : [undefined];
  await Promise.all(targets.map((associationId) => recordAudit(deps, { ...event, associationId })));
}

/** A page of an association's audit log, newest first. */
export async function listAudit(
  deps: AppDeps,
  associationId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<AuditRecord>> {
  const out = await queryPage<AuditItem>(deps, {
    pk: keys.auditEntry(associationId, "").pk,
    prefix: "",
    limit: page.limit,
    cursor: page.cursor,
    newestFirst: true,
  });
  const items = out.items.map(
    ({ pk: _pk, sk: _sk, actions, ...record }): AuditRecord => ({
      ...record,
      ...(actions ? { actions: [...actions].sort() } : {}),
    }),
  );
  return { items, next: out.next };
}
