import { recordAudit } from "../audit/audit-log";
import type { AppDeps } from "../platform/deps";
import { appError, notFound } from "../platform/errors";
import type { RouteContext } from "../platform/http/route";
import { keys } from "../platform/keys";
import type { Role } from "../platform/model/schemas";
import { queryPage } from "../platform/paging";
import { associationFacts, unitsOf } from "./association-facts";
import type { InvitationItem } from "./invitations";
import { type MembershipItem, membershipItem, readMembership } from "./memberships";
import { openPerson, type PersonItem } from "./persons";
import { endAllSessions } from "./sessions";

/** Opens the persons behind a page of items (names and emails are sealed under each person's key). */
async function personsById(deps: AppDeps, personIds: string[]): Promise<Map<string, PersonItem>> {
  const unique = [...new Set(personIds)];
  const items = unique.length ? await deps.table.batchGet(unique.map((p) => keys.person(p))) : [];
  return new Map((items as PersonItem[]).map((p) => [p.personId, p]));
}

export async function listMembers(deps: AppDeps, associationId: string, page: { limit: number; cursor?: string }) {
  const out = await queryPage<MembershipItem>(deps, { pk: `A#${associationId}`, prefix: "MEMBER#", ...page });
  const persons = await personsById(
    deps,
    out.items.map((m) => m.personId),
  );
  const items = await Promise.all(
    out.items.map(async (m) => {
      const item = persons.get(m.personId);
      const view = item ? await openPerson(deps, item) : undefined;
      return {
        personId: m.personId,
        displayName: view?.displayName ?? "",
        email: view?.email ?? "",
        roles: m.roles,
        units: m.units,
        totpEnabled: view?.totpEnabled ?? false,
      };
    }),
  );
  return { items, next: out.next };
}

export async function listInvitations(deps: AppDeps, associationId: string, page: { limit: number; cursor?: string }) {
  const out = await queryPage<InvitationItem>(deps, {
    pk: `A#${associationId}`,
    prefix: "INVITE#",
    ...page,
    newestFirst: true,
  });
  const persons = await personsById(
    deps,
    out.items.map((i) => i.personId),
  );
  const now = Math.floor(deps.clock.now().getTime() / 1000);
  const items = await Promise.all(
    out.items.map(async (i) => {
      const item = persons.get(i.personId);
      const email = item ? (await openPerson(deps, item)).email : "";
      const status = i.acceptedAt ? "accepted" : i.validUntil > now ? "pending" : "expired";
      const unit = i.unitId ? { unitId: i.unitId, unitNumber: i.unitNumber } : {};
      return {
        invitationId: i.invitationId,
        email,
        role: i.role,
        ...unit,
        createdAt: i.createdAt,
        expiresAt: new Date(i.validUntil * 1000).toISOString(),
        status: status as "pending",
      };
    }),
  );
  return { items, next: out.next };
}

/** Nobody changes their own roles: a chairman cannot lock the association out by accident. */
function refuseSelf(ctx: RouteContext, personId: string): void {
  if (ctx.actor?.personId === personId) throw appError("identity.cannot_change_self", { status: 422 });
}

/**
 * The professional administrator is given (and taken) by the platform: the chairman can neither
 * demote nor remove him, or a board could shut its contracted administrator out unilaterally.
 */
function refuseAdministrator(existing: MembershipItem): void {
  if (existing.roles.includes("administrator")) throw appError("identity.administrator_fixed", { status: 422 });
}

/** Sets roles and units; the person's sessions end, since each carries a snapshot of roles. */
export async function changeMember(
  ctx: RouteContext,
  associationId: string,
  personId: string,
  change: { roles: Role[]; unitIds: string[] },
) {
  refuseSelf(ctx, personId);
  const existing = await readMembership(ctx.deps, associationId, personId);
  if (!existing) throw notFound();
  refuseAdministrator(existing);
  const association = await associationFacts(ctx.deps, associationId);
  const units = await unitsOf(ctx.deps, associationId, [...new Set(change.unitIds)]);
  const ownerSide = change.roles.some((r) => r === "owner" || r === "coowner" || r === "resident");
  if (ownerSide !== units.length > 0)
    throw appError("identity.role_unit_mismatch", {
      fields: [{ path: "unitIds", code: "identity.role_unit_mismatch" }],
    });
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, ...kept } = existing;
  await ctx.deps.table.put(
    membershipItem({ ...kept, associationName: association.name, roles: [...new Set(change.roles)], units }),
  );
  await endAllSessions(ctx.deps, personId);
  await audit(ctx, associationId, personId, "member.roles_change");
}

export async function removeMember(ctx: RouteContext, associationId: string, personId: string) {
  refuseSelf(ctx, personId);
  const existing = await readMembership(ctx.deps, associationId, personId);
  if (!existing) throw notFound();
  refuseAdministrator(existing);
  await ctx.deps.table.delete(keys.member(associationId, personId));
  await endAllSessions(ctx.deps, personId);
  await audit(ctx, associationId, personId, "member.remove");
}

async function audit(ctx: RouteContext, associationId: string, personId: string, action: string) {
  await recordAudit(ctx.deps, {
    actor: ctx.actor?.personId,
    associationId,
    subject: `person:${personId}`,
    action,
    outcome: "success",
    requestId: ctx.requestId,
  });
}
