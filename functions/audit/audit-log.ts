import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { idSchema } from "../platform/model/schemas";
import { type Page, queryPage } from "./paging";

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
}

type AuditItem = AuditRecord & { pk: string; sk: string };

/**
 * Appends one record. Association ids come from request paths, so only well-formed ids get a
 * partition of their own; anything else is kept at platform level.
 */
export async function recordAudit(deps: AppDeps, event: AuditEvent): Promise<void> {
  const time = deps.clock.now().toISOString();
  const auditId = deps.ids.next("au");
  const tenant =
    event.associationId && idSchema.safeParse(event.associationId).success ? event.associationId : undefined;
  const item: AuditItem = { ...keys.auditEntry(tenant, `${time}#${auditId}`), ...event, auditId, time };
  if (!tenant) delete item.associationId;
  await deps.table.put(item);
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
  return { items: out.items.map(({ pk: _pk, sk: _sk, ...record }) => record), next: out.next };
}
