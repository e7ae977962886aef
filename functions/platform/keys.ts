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
  /** Billing: one saved version of a charge rule, immutable; zero-padded so versions sort as numbers. */
  chargeRuleVersion: (a: string, ruleId: string, version: number): ItemKey => ({
    pk: `A#${a}`,
    sk: `RULEV#${ruleId}#${String(version).padStart(6, "0")}`,
  }),
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
  /** Audit records of requests that named a malformed association, kept under the actor who sent them. */
  actorAudit: (p: string, sortKey: string): ItemKey => ({ pk: `P#${p}#AUDIT`, sk: sortKey }),
  /** Meters: a meter of a unit or of the building (association data). */
  meter: (a: string, meterId: string): ItemKey => ({ pk: `A#${a}`, sk: `METER#${meterId}` }),
  /** Meters: the reading window and norms of an association. */
  meterSettings: (a: string): ItemKey => ({ pk: `A#${a}`, sk: "METERS#SETTINGS" }),
  /** Meters: one reading per meter and period, under the unit's account (sealed) or `#BLD` for building meters. */
  meterReading: (a: string, u: string | undefined, meterId: string, period: string): ItemKey => ({
    pk: u ? `A#${a}#U#${u}` : `A#${a}#BLD`,
    sk: `READ#${meterId}#${period}`,
  }),
  /** Meters: the sent-marker of a reminder, written before the email (never two copies). */
  meterReminder: (a: string, period: string, kind: string, personId: string): ItemKey => ({
    pk: `A#${a}`,
    sk: `REMIND#METERS#${period}#${kind}#${personId}`,
  }),
  /** Payments: a recorded payment by its deterministic id (manual key or bank transaction), once per association. */
  payment: (a: string, paymentId: string): ItemKey => ({ pk: `A#${a}`, sk: `PAY#${paymentId}` }),
  /** Payments: money of a card payment that went back (refund, lost dispute), once per return. */
  cardReturn: (a: string, paymentId: string, returnId: string): ItemKey => ({
    pk: `A#${a}`,
    sk: `PAYRET#${paymentId}#${returnId}`,
  }),
  /** Payments: which association's card payment a processor's payment (Stripe `pi_…`) was. */
  cardPaymentLink: (processorPaymentId: string): ItemKey => ({ pk: `CARDPAY#${processorPaymentId}`, sk: "LINK" }),
  /** Payments: an imported bank statement line by its deterministic id (bank transaction id or line hash). */
  statementLine: (a: string, lineId: string): ItemKey => ({ pk: `A#${a}#BANK`, sk: `LINE#${lineId}` }),
  /** Payments: an imported statement file (by the hash of its content). */
  statement: (a: string, statementId: string): ItemKey => ({ pk: `A#${a}#BANK`, sk: `STMT#${statementId}` }),
  /** Payments: a saved CSV column mapping per bank. */
  csvMapping: (a: string, bank: string): ItemKey => ({ pk: `A#${a}`, sk: `CSVMAP#${bank}` }),
  /** Payments: the penalty settings and the recorded assembly decision. */
  penaltySettings: (a: string): ItemKey => ({ pk: `A#${a}`, sk: "PENALTY_SETTINGS" }),
  /** Payments: the card processor settings (enabled, connected account, fee); no secrets. */
  paymentProvider: (a: string): ItemKey => ({ pk: `A#${a}`, sk: "PAYMENT_PROVIDER" }),
  /** Payments: reminder schedule and wording. */
  reminderSettings: (a: string): ItemKey => ({ pk: `A#${a}`, sk: "REMINDER_SETTINGS" }),
  /** Payments: the marker of one reminder (unit, debt period, stage, person), written before sending. */
  reminderSent: (a: string, u: string, period: string, stage: string, personId: string): ItemKey => ({
    pk: `A#${a}#REMINDERS`,
    sk: `${period}#${u}#${stage}#${personId}`,
  }),
  /** Payments: an in-app notification of an account. */
  notification: (a: string, u: string, id: string): ItemKey => ({ pk: `A#${a}#U#${u}`, sk: `NOTE#${id}` }),
  /** Registry: which associations may declare a bank account (normalised IBAN), platform-wide. */
  ibanClaim: (account: string): ItemKey => ({ pk: `IBAN#${account}`, sk: "CLAIM" }),
  /** Debts: a debt-collection case and its notes. */
  collectionCase: (a: string, caseId: string): ItemKey => ({ pk: `A#${a}`, sk: `CASE#${caseId}` }),
};

/** GSI keys. gsi1: a person's memberships and sessions. gsi2: reserved for per-domain lists. */
export const gsi1 = {
  membershipsOf: (p: string) => ({ gsi1pk: `P#${p}#M`, gsi1sk: "" }),
  sessionsOf: (p: string) => ({ gsi1pk: `P#${p}#S`, gsi1sk: "" }),
};

/** gsi2 list of every reading of an association's period (who has not submitted, estimates, billing). */
export const meterReadingsIndex = (a: string, period: string) => `A#${a}#READINGS#${period}`;
