import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { Me } from "./contracts";
import { toMe } from "./me";
import { type MembershipItem, membershipsOf, mergeFresh, toPolicyMembership } from "./memberships";
import { isPrivileged } from "./model/policy";
import { loadPerson } from "./persons";
import { startSession } from "./sessions";

export interface SignedIn {
  token: string;
  maxAge: number;
  me: Me;
}

/**
 * Opens a session for a person who has proven who they are (password, plus TOTP when enrolled).
 * A privileged person without TOTP gets a session limited to enrolment. `fresh` memberships just
 * written win over the index, which may lag a moment behind.
 */
export async function openSessionFor(
  deps: AppDeps,
  personId: string,
  userAgent: string,
  fresh: MembershipItem[] = [],
): Promise<SignedIn> {
  const [person, indexed] = await Promise.all([loadPerson(deps, personId), membershipsOf(deps, personId)]);
  if (!person) throw appError("auth.unauthenticated");
  const memberships = mergeFresh(indexed, fresh);
  const policyMemberships = memberships.map(toPolicyMembership);
  const mustEnrollTotp = isPrivileged(policyMemberships, person.platformOperator) && !person.totpEnabled;
  const { token, item } = await startSession(deps, {
    personId,
    locale: person.locale,
    platformOperator: person.platformOperator,
    memberships: policyMemberships,
    userAgent,
    mustEnrollTotp,
  });
  const me = toMe(person, memberships, item, deps.config.mailViewerUrl);
  return { token, maxAge: item.absoluteSeconds, me };
}
