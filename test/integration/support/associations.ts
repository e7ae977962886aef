import { putMembership } from "../../../functions/identity/memberships";
import { findPersonIdByEmail } from "../../../functions/identity/persons";
import type { AppDeps } from "../../../functions/platform/deps";
import type { Role } from "../../../functions/platform/model/schemas";
import type { AssociationProfile } from "../../../functions/registry/associations";

/** A Romanian test association (RON, a BT account, billing day 5, 20 days to pay); override what a test needs. */
export function roAssociation(
  associationId: string,
  name: string,
  overrides: Partial<AssociationProfile> = {},
): AssociationProfile {
  return {
    associationId,
    name,
    legalName: name.replace(/^Asociația /, "Asociația de Proprietari "),
    fiscalCode: "31245678",
    address: "Str. Test 2, Cluj",
    country: "RO",
    currency: "RON",
    locale: "ro",
    timezone: "Europe/Bucharest",
    bankAccounts: [{ iban: "RO49AAAA1B31007593840000", bankName: "Banca Transilvania" }],
    billingDay: 5,
    dueDays: 20,
    boardSeesAccounts: false,
    ...overrides,
  };
}

/** Gives a demo person roles (and units) in a test association. */
export async function joinAssociation(
  deps: AppDeps,
  a: AssociationProfile,
  email: string,
  roles: Role[],
  unitIds: string[] = [],
): Promise<void> {
  const personId = await findPersonIdByEmail(deps, email);
  if (!personId) throw new Error(`no demo person ${email}`);
  await putMembership(deps, {
    personId,
    associationId: a.associationId,
    associationName: a.name,
    country: a.country,
    currency: a.currency,
    roles,
    units: unitIds.map((unitId) => ({ unitId, number: unitId })),
    boardSeesAccounts: false,
  });
}
