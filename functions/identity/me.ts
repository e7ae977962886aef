import type { Me } from "./contracts";
import type { MembershipItem } from "./memberships";
import type { PersonView } from "./persons";

/** The signed-in user's view of themselves. */
export function toMe(
  person: PersonView,
  memberships: MembershipItem[],
  session: { csrfToken: string; mustEnrollTotp?: boolean },
  mailViewerUrl: string | undefined,
): Me {
  return {
    userId: person.personId,
    displayName: person.displayName,
    email: person.email,
    locale: person.locale,
    csrfToken: session.csrfToken,
    platformOperator: person.platformOperator,
    memberships: memberships.map((m) => ({
      associationId: m.associationId,
      associationName: m.associationName,
      country: m.country,
      currency: m.currency,
      roles: m.roles,
      units: m.units,
    })),
    totpEnabled: person.totpEnabled,
    mustEnrollTotp: session.mustEnrollTotp === true,
    ...(mailViewerUrl ? { mailViewerUrl } : {}),
  };
}
