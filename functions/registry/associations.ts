import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import type { Country, Currency, Locale } from "../platform/model/schemas";
import { isConditionFailure } from "../platform/table";
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

/** Creates an association; the id is chosen by the operator (a readable slug) and must be new. */
export async function createAssociation(deps: AppDeps, profile: AssociationProfile): Promise<void> {
  const item: AssociationItem = {
    ...keys.association(profile.associationId),
    // gsi2 lists associations for the platform operator (ids and names only).
    gsi2pk: "ASSOCIATIONS",
    gsi2sk: profile.associationId,
    ...profile,
    createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.table.put(item, { ifAbsent: true });
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

/** Replaces the profile (the caller validated it); the platform list keys stay as they were. */
export async function saveAssociation(deps: AppDeps, profile: AssociationProfile): Promise<void> {
  const current = await deps.table.get<AssociationItem>(keys.association(profile.associationId), true);
  if (!current) throw appError("not_found");
  await deps.table.put({ ...current, ...profile }, { condition: "attribute_exists(pk)" });
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
