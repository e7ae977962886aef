import type { RouteContext } from "../platform/http/route";
import { recordAudit } from "./audit-log";

const ownerSide = ["owner", "coowner", "resident"];

/**
 * Board and admin reads of an owner's personal account leave an audit record; the owner's own
 * reads (and their co-owner's and resident's) do not, so the owner dashboard stays one read.
 */
export async function auditAccountRead(ctx: RouteContext, associationId: string, unitId: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  const membership = actor.memberships.find((m) => m.associationId === associationId);
  const ownsIt = membership?.unitIds.includes(unitId) && membership.roles.some((r) => ownerSide.includes(r));
  if (ownsIt) return;
  await recordAudit(ctx.deps, {
    actor: actor.personId,
    associationId,
    subject: `unit:${unitId}`,
    action: "account.read",
    outcome: "success",
    requestId: ctx.requestId,
  });
}
