import type { Locale, Role } from "./schemas";

/** Who is asking: a snapshot of the session's person and memberships. Pure data. */
export interface Membership {
  associationId: string;
  roles: Role[];
  /** Units the person owns, co-owns or lives in (owner-side roles only). */
  unitIds: string[];
  /** Association setting copied into the session: may board members read every account? */
  boardSeesAccounts: boolean;
}

export interface Actor {
  personId: string;
  sessionHash: string;
  platformOperator: boolean;
  memberships: Membership[];
  locale: Locale;
  csrfToken: string;
  /**
   * A privileged person signed in without a second factor yet: the session may only reach
   * self-service (`session`) routes, i.e. enrol TOTP, until enrolment completes.
   */
  mustEnrollTotp?: boolean;
}

/** What a route touches, from its path: the association and, for account routes, the unit. */
export interface ResourceScope {
  associationId?: string;
  unitId?: string;
}
