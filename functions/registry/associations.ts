import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import type { Country, Currency, Locale } from "../platform/model/schemas";
import { isConditionFailure } from "../platform/table";

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
  bankAccounts: { iban: string; bankName: string; bic?: string }[];
  /** Day of month the billing run drafts the payment list. */
  billingDay: number;
  /** Days from posting to due date (country profile caps it, e.g. RO ≤ 30). */
  dueDays: number;
  /** May board members read every personal account? */
  boardSeesAccounts: boolean;
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
