import { recordAudit } from "../audit/audit-log";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure, type TransactItem } from "../platform/table";
import { associationFacts } from "./association-facts";
import type { InvitationItem } from "./invitations";
import { type MembershipItem, putMembershipItem, readMembership, withRole } from "./memberships";
import { consumeToken, readToken, type TokenItem, tokenInvalid } from "./one-time-tokens";
import { hashNewPassword } from "./passwords";
import { setNameAndPasswordItem } from "./person-updates";
import { loadPersonItem, openPerson, type PersonItem } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";

interface Pending {
  token: TokenItem;
  invitation: InvitationItem;
  person: PersonItem;
}

/** A live, unaccepted invitation behind a link token, with its invitee; one error for anything else. */
async function pendingInvitation(deps: AppDeps, secret: string): Promise<Pending> {
  const token = await readToken<{ associationId: string; invitationId: string }>(deps, "invite", secret);
  const invitation = token
    ? await deps.table.get<InvitationItem>(keys.invitation(token.associationId, token.invitationId), true)
    : undefined;
  const person = invitation && !invitation.acceptedAt ? await loadPersonItem(deps, invitation.personId) : undefined;
  if (!token || !invitation || !person) throw tokenInvalid();
  return { token, invitation, person };
}

/** What the accept screen shows: association, role, unit, the invited address. */
export async function previewInvitation(deps: AppDeps, secret: string) {
  const { token, invitation, person } = await pendingInvitation(deps, secret);
  const association = await associationFacts(deps, invitation.associationId);
  const view = await openPerson(deps, person);
  return {
    associationName: association.name,
    role: invitation.role,
    ...(invitation.unitNumber ? { unitNumber: invitation.unitNumber } : {}),
    email: view.email,
    needsAccount: person.passwordHash === undefined,
    expiresAt: new Date(token.expiresAt * 1000).toISOString(),
  };
}

/** A new user accepts: name and password set, membership added, token spent — one transaction. */
export async function acceptAsNewUser(
  deps: AppDeps,
  secret: string,
  input: { displayName: string; password: string; userAgent: string; requestId: string },
): Promise<SignedIn> {
  const pending = await pendingInvitation(deps, secret);
  if (pending.person.passwordHash !== undefined) throw appError("identity.invitation_sign_in", { status: 409 });
  const hash = await hashNewPassword(input.password);
  const nameAndPassword = await setNameAndPasswordItem(deps, pending.person, input.displayName, hash);
  const membership = await commit(deps, pending, [nameAndPassword], input.requestId);
  return openSessionFor(deps, pending.person.personId, input.userAgent, [membership]);
}

/** A signed-in user accepts an invitation sent to their own address. */
export async function acceptAsSignedIn(
  deps: AppDeps,
  secret: string,
  who: { personId: string; userAgent: string; requestId: string },
): Promise<SignedIn> {
  const pending = await pendingInvitation(deps, secret);
  if (pending.person.personId !== who.personId) throw appError("identity.invitation_other_person", { status: 403 });
  const membership = await commit(deps, pending, [], who.requestId);
  return openSessionFor(deps, who.personId, who.userAgent, [membership]);
}

async function commit(deps: AppDeps, p: Pending, extra: TransactItem[], requestId: string): Promise<MembershipItem> {
  const { invitation } = p;
  const association = await associationFacts(deps, invitation.associationId);
  const existing = await readMembership(deps, invitation.associationId, invitation.personId);
  const unit = invitation.unitId ? { unitId: invitation.unitId, number: invitation.unitNumber ?? "" } : undefined;
  const membership = withRole(existing, invitation.personId, association, invitation.role, unit);
  try {
    await deps.table.transact([
      consumeToken(deps, p.token),
      putMembershipItem(deps, membership),
      markAccepted(deps, invitation),
      ...extra,
    ]);
  } catch (error) {
    if (isConditionFailure(error)) throw tokenInvalid();
    throw error;
  }
  const subject = `invitation:${invitation.invitationId}`;
  await recordAudit(deps, {
    actor: invitation.personId,
    associationId: invitation.associationId,
    subject,
    action: "member.join",
    outcome: "success",
    requestId,
  });
  return membership;
}

function markAccepted(deps: AppDeps, invitation: InvitationItem): TransactItem {
  return {
    Update: {
      TableName: deps.table.name,
      Key: { pk: invitation.pk, sk: invitation.sk },
      UpdateExpression: "SET acceptedAt = :t",
      ConditionExpression: "attribute_not_exists(acceptedAt)",
      ExpressionAttributeValues: { ":t": deps.clock.now().toISOString() },
    },
  };
}
