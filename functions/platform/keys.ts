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
};

/** GSI keys. gsi1: a person's memberships and sessions. gsi2: reserved for per-domain lists. */
export const gsi1 = {
  membershipsOf: (p: string) => ({ gsi1pk: `P#${p}#M`, gsi1sk: "" }),
  sessionsOf: (p: string) => ({ gsi1pk: `P#${p}#S`, gsi1sk: "" }),
};
