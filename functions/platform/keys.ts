/**
 * Readable single-table keys. Tenant data always starts with the association: `A#<assoc>…`.
 * The full list of items and access patterns is in docs/data-model.md; keep the two in step.
 */
export interface ItemKey {
  pk: string;
  sk: string;
}

export const keys = {
  association: (a: string): ItemKey => ({ pk: `A#${a}`, sk: "PROFILE" }),
  unit: (a: string, u: string): ItemKey => ({ pk: `A#${a}`, sk: `UNIT#${u}` }),
  member: (a: string, p: string): ItemKey => ({ pk: `A#${a}`, sk: `MEMBER#${p}` }),
  /** The head item of a personal account: wrapped data key, balances, latest lines. */
  account: (a: string, u: string): ItemKey => ({ pk: `A#${a}#U#${u}`, sk: "ACCOUNT" }),
  ledgerEntry: (a: string, u: string, period: string, entryId: string): ItemKey => ({
    pk: `A#${a}#U#${u}`,
    sk: `L#${period}#${entryId}`,
  }),
  person: (p: string): ItemKey => ({ pk: `P#${p}`, sk: "PERSON" }),
  emailIndex: (blind: string): ItemKey => ({ pk: `EMAIL#${blind}`, sk: "EMAIL" }),
  session: (tokenHash: string): ItemKey => ({ pk: `S#${tokenHash}`, sk: "SESSION" }),
  throttle: (bucket: string, window: string): ItemKey => ({ pk: `T#${bucket}`, sk: window }),
  platformSecret: (name: string): ItemKey => ({ pk: "PLATFORM", sk: `SECRET#${name}` }),
  /** Registry: owners and co-owners of a unit (names sealed under the account key). */
  unitOwners: (a: string, u: string): ItemKey => ({ pk: `A#${a}#U#${u}`, sk: "OWNERS" }),
  /** Billing: a charge rule of an association (effective-dated). */
  chargeRule: (a: string, ruleId: string): ItemKey => ({ pk: `A#${a}`, sk: `RULE#${ruleId}` }),
  /** Billing: a supplier invoice entered for a billing period. */
  invoice: (a: string, period: string, invoiceId: string): ItemKey => ({
    pk: `A#${a}`,
    sk: `INV#${period}#${invoiceId}`,
  }),
  /** Billing: the run of a period (status, draft fingerprint, association totals). */
  billingRun: (a: string, period: string): ItemKey => ({ pk: `A#${a}`, sk: `RUN#${period}` }),
  /** Identity: a pending invitation listed under its association; the token item points to it. */
  invitation: (a: string, invitationId: string): ItemKey => ({ pk: `A#${a}`, sk: `INVITE#${invitationId}` }),
  /** The latest activation code issued for a unit (a new letter replaces the old code). */
  unitActivation: (a: string, u: string): ItemKey => ({ pk: `A#${a}`, sk: `ACTIVATION#${u}` }),
  /** A one-time secret stored only as its hash: invite, activation, reset, email change, TOTP challenge. */
  oneTimeToken: (purpose: string, tokenHash: string): ItemKey => ({ pk: `OT#${purpose}#${tokenHash}`, sk: "TOKEN" }),
  /** Audit records, tenant first and time-ordered; platform-level events use `PLATFORM#AUDIT`. */
  auditEntry: (a: string | undefined, sortKey: string): ItemKey => ({
    pk: a ? `A#${a}#AUDIT` : "PLATFORM#AUDIT",
    sk: sortKey,
  }),
};

/** GSI keys. gsi1: a person's memberships and sessions. gsi2: reserved for per-domain lists. */
export const gsi1 = {
  membershipsOf: (p: string) => ({ gsi1pk: `P#${p}#M`, gsi1sk: "" }),
  sessionsOf: (p: string) => ({ gsi1pk: `P#${p}#S`, gsi1sk: "" }),
};
