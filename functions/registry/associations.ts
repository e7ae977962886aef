import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import type { Country, Currency, Locale } from "../platform/model/schemas";
import { cancellationCodes, isConditionFailure, type TransactItem } from "../platform/table";
import { accountsOf, claimedAccount, claimItem, releaseClaims } from "./iban-claims";
import type { DueDateRule } from "./model/profile-types";

/** The association profile: association-level data, readable for reports (not personal). */
export interface AssociationProfile {
  associationId: string;
  name: string;
  legalName: string;
  fiscalCode: string;
  address: string;
  country: Country;
  currency: Currency;
  locale: Locale;
  timezone: string;
  /** IBAN (a PL NRB is stored as its IBAN); for RU the 20-digit settlement account, with BIC and correspondent account. */
  bankAccounts: { iban: string; bankName: string; bic?: string; correspAccount?: string }[];
  /** Day of month the billing run drafts the payment list. */
  billingDay: number;
  /** Days from posting to due date (country profile caps it, e.g. RO ≤ 30). */
  dueDays: number;
  /** May board members read every personal account? */
  boardSeesAccounts: boolean;
  /** The association's due-date rule; absent means the country profile's default. */
  dueRule?: DueDateRule;
  /** Buildings and their staircases (units name theirs). */
  buildings?: { code: string; staircases: string[] }[];
}

type AssociationItem = AssociationProfile & {
  pk: string;
  sk: string;
  gsi2pk: string;
  gsi2sk: string;
  createdAt: string;
};

/**
 * Creates an association; the id is chosen by the operator (a readable slug) and must be new.
 * Creating it is the operator's own act, so its bank accounts are claimed as confirmed even when
 * another association declared them (a shared account).
 */
export async function createAssociation(deps: AppDeps, profile: AssociationProfile): Promise<void> {
  const item: AssociationItem = {
    ...keys.association(profile.associationId),
    // gsi2 lists associations for the platform operator (ids and names only).
    gsi2pk: "ASSOCIATIONS",
    gsi2sk: profile.associationId,
    ...profile,
    createdAt: deps.clock.now().toISOString(),
  };
  const put: TransactItem = {
    Put: { TableName: deps.table.name, Item: item, ConditionExpression: "attribute_not_exists(pk)" },
  };
  const claims = accountsOf(profile).map((account) => claimItem(deps, account, profile.associationId, true));
  try {
    await deps.table.transact([put, ...claims]);
  } catch (error) {
    if (isConditionFailure(error)) throw appError("registry.association_exists", { status: 409 });
    throw error;
  }
}

export async function readAssociation(deps: AppDeps, associationId: string): Promise<AssociationProfile | undefined> {
  const item = await deps.table.get<AssociationItem>(keys.association(associationId));
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, createdAt: _c, ...profile } = item;
  return profile;
}

/**
 * Replaces the profile (the caller validated it); the platform list keys stay as they were. Every
 * declared bank account is claimed in the same transaction (a 409 on the account another
 * association holds), and accounts no longer declared are released afterwards.
 */
export async function saveAssociation(deps: AppDeps, profile: AssociationProfile): Promise<void> {
  const current = await deps.table.get<AssociationItem>(keys.association(profile.associationId), true);
  if (!current) throw appError("not_found");
  const accounts = accountsOf(profile);
  const put: TransactItem = {
    Put: { TableName: deps.table.name, Item: { ...current, ...profile }, ConditionExpression: "attribute_exists(pk)" },
  };
  try {
    await deps.table.transact([put, ...accounts.map((account) => claimItem(deps, account, profile.associationId))]);
  } catch (error) {
    const codes = cancellationCodes(error);
    const taken = accounts.filter((_, i) => codes[i + 1] === "ConditionalCheckFailed");
    if (taken.length > 0) throw accountsTaken(profile, taken);
    if (isConditionFailure(error)) throw appError("not_found");
    throw error;
  }
  const dropped = accountsOf(current).filter((account) => !accounts.includes(account));
  await releaseClaims(deps, profile.associationId, dropped);
}

/** 409 naming each bank account field whose account another association declared. */
function accountsTaken(profile: AssociationProfile, taken: readonly string[]) {
  const fields = profile.bankAccounts.flatMap((bank, i) =>
    taken.includes(claimedAccount(bank)) ? [{ path: `bankAccounts.${i}.iban`, code: "registry.iban_taken" }] : [],
  );
  return appError("registry.iban_taken", { status: 409, fields });
}

/** Every association of the platform (gsi2 `ASSOCIATIONS`), profiles only. */
export async function listAssociations(deps: AppDeps): Promise<AssociationProfile[]> {
  const items = await deps.table.queryAll<AssociationItem>("ASSOCIATIONS", "", {
    name: "gsi2",
    pk: "gsi2pk",
    sk: "gsi2sk",
  });
  return items.map(({ pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, createdAt: _c, ...profile }) => profile);
}
