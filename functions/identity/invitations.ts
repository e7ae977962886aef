import { recordAudit } from "../audit/audit-log";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { RouteContext } from "../platform/http/route";
import { keys } from "../platform/keys";
import type { Locale } from "../platform/model/schemas";
import { associationFacts, unitsOf } from "./association-facts";
import type { invitableRoles } from "./contracts-onboarding";
import { portalLink, sendIdentityMail } from "./mail";
import { newSecret, tokenItem } from "./one-time-tokens";
import { createPerson, findPersonIdByEmail, loadPerson } from "./persons";

/** Invitation links live seven days and work once. */
export const invitationSeconds = 7 * 24 * 3600;
export type InvitableRole = (typeof invitableRoles)[number];
const ownerSide: InvitableRole[] = ["owner", "coowner", "resident"];

export interface InvitationItem {
  pk: string;
  sk: string;
  invitationId: string;
  associationId: string;
  personId: string;
  role: InvitableRole;
  unitId?: string;
  unitNumber?: string;
  createdAt: string;
  /** Epoch seconds; the listing item is kept after expiry so the board sees what happened. */
  validUntil: number;
  acceptedAt?: string;
  invitedBy: string;
}

export interface InvitationRequest {
  email: string;
  role: InvitableRole;
  unitId?: string;
  locale?: Locale;
}

/**
 * Invites by email. The person is created at once (no password, email and name sealed under
 * their own key), so the address is never stored outside a person item; an existing person is
 * simply invited. The link's token is stored hashed beside a listing item the board can see.
 */
export async function createInvitation(ctx: RouteContext, associationId: string, req: InvitationRequest) {
  const { deps } = ctx;
  const needsUnit = ownerSide.includes(req.role);
  if (needsUnit !== (req.unitId !== undefined)) {
    throw appError("identity.role_unit_mismatch", {
      fields: [{ path: "unitId", code: "identity.role_unit_mismatch" }],
    });
  }
  const association = await associationFacts(deps, associationId);
  const unit = req.unitId ? (await unitsOf(deps, associationId, [req.unitId]))[0] : undefined;
  const locale = req.locale ?? (association.locale as Locale);
  const personId = await personFor(deps, req.email, locale);
  const invitationId = deps.ids.next("inv");
  const secret = newSecret();
  const listing = invitationItem(ctx, { associationId, personId, invitationId, role: req.role, unit });
  await deps.table.transact([
    { Put: { TableName: deps.table.name, Item: listing, ConditionExpression: "attribute_not_exists(pk)" } },
    {
      Put: {
        TableName: deps.table.name,
        Item: tokenItem(deps, "invite", secret, invitationSeconds, { associationId, invitationId }),
      },
    },
  ]);
  const link = portalLink(deps, "invite", secret);
  await sendIdentityMail(deps, req.email, locale, "invite", { association: association.name, link, days: 7 });
  await recordAudit(deps, {
    actor: ctx.actor?.personId,
    associationId,
    subject: `invitation:${invitationId}`,
    action: "member.invite",
    outcome: "success",
    requestId: ctx.requestId,
  });
  return { invitationId, expiresAt: new Date(listing.validUntil * 1000).toISOString() };
}

async function personFor(deps: AppDeps, email: string, locale: Locale): Promise<string> {
  const existing = await findPersonIdByEmail(deps, email);
  if (existing && (await loadPerson(deps, existing))) return existing;
  // The name is the invitee's to choose when accepting; until then the address stands in.
  return createPerson(deps, { email, displayName: email.split("@")[0] ?? "", locale });
}

function invitationItem(
  ctx: RouteContext,
  i: {
    associationId: string;
    personId: string;
    invitationId: string;
    role: InvitableRole;
    unit?: { unitId: string; number: string };
  },
): InvitationItem {
  const now = ctx.deps.clock.now();
  return {
    ...keys.invitation(i.associationId, i.invitationId),
    invitationId: i.invitationId,
    associationId: i.associationId,
    personId: i.personId,
    role: i.role,
    ...(i.unit ? { unitId: i.unit.unitId, unitNumber: i.unit.number } : {}),
    createdAt: now.toISOString(),
    validUntil: Math.floor(now.getTime() / 1000) + invitationSeconds,
    invitedBy: ctx.actor?.personId ?? "",
  };
}
