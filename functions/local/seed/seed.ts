import { putMembership } from "../../identity/memberships";
import { privilegedRoles } from "../../identity/model/policy";
import { hashPassword } from "../../identity/passwords";
import { createPerson, loadPersonItem } from "../../identity/persons";
import { enrolKnownSecret } from "../../identity/totp";
import { openAccount } from "../../ledger/account-store";
import { seedMeters } from "../../meters/demo-seed";
import { seedPaymentsDemo } from "../../payments/demo-seed";
import type { AppDeps } from "../../platform/deps";
import { createAssociation, readAssociation } from "../../registry/associations";
import { putUnit, type Unit } from "../../registry/units";
import { demoAssociations, demoUnits } from "./demo-associations";
import { seedBilling } from "./demo-billing";
import { demoPassword, demoPeople, demoTotpSecret } from "./demo-people";

/**
 * Seeds the demo on an empty data directory through the same functions the API uses. Safe to run
 * twice: it stops when the first association exists.
 */
export async function seedDemo(deps: AppDeps): Promise<boolean> {
  if (await readAssociation(deps, demoAssociations[0]?.associationId ?? "")) return false;
  const unitsByAssociation = new Map<string, Unit[]>();
  for (const association of demoAssociations) {
    await createAssociation(deps, association);
    const units = demoUnits(association.associationId, association.country === "RO" ? 24 : 16);
    unitsByAssociation.set(association.associationId, units);
    for (const unit of units) {
      await putUnit(deps, association.associationId, unit);
      await openAccount(deps, {
        associationId: association.associationId,
        unitId: unit.unitId,
        unitNumber: unit.number,
        currency: association.currency,
      });
    }
    await seedBilling(deps, association, units);
    await seedMeters(deps, association, units);
    await seedPaymentsDemo(deps, association);
  }
  const passwordHash = await hashPassword(demoPassword);
  for (const person of demoPeople) await seedPerson(deps, person, passwordHash, unitsByAssociation);
  return true;
}

async function seedPerson(
  deps: AppDeps,
  person: (typeof demoPeople)[number],
  passwordHash: string,
  unitsByAssociation: Map<string, Unit[]>,
) {
  const personId = await createPerson(deps, {
    email: person.email,
    displayName: person.name,
    locale: person.locale,
    passwordHash,
    platformOperator: person.platformOperator,
  });
  if (needsDemoTotp(person)) await seedDemoTotp(deps, personId);
  for (const m of person.memberships) {
    const association = demoAssociations.find((a) => a.associationId === m.associationId);
    if (!association) continue;
    const units = (unitsByAssociation.get(m.associationId) ?? []).filter((u) => m.unitNumbers.includes(u.number));
    await putMembership(deps, {
      personId,
      associationId: association.associationId,
      associationName: association.name,
      country: association.country,
      currency: association.currency,
      roles: m.roles,
      units: units.map((u) => ({ unitId: u.unitId, number: u.number })),
      boardSeesAccounts: association.boardSeesAccounts,
    });
  }
}

/** Privileged demo users get the known demo TOTP secret (their role requires a second factor). */
function needsDemoTotp(person: (typeof demoPeople)[number]): boolean {
  return (
    person.platformOperator === true || person.memberships.some((m) => m.roles.some((r) => privilegedRoles.includes(r)))
  );
}

async function seedDemoTotp(deps: AppDeps, personId: string): Promise<void> {
  const item = await loadPersonItem(deps, personId);
  if (item) await enrolKnownSecret(deps, item, demoTotpSecret);
}

/** Text that must never appear in plaintext on disk (encryption test). */
export function demoCanaries(): string[] {
  return [...demoPeople.map((p) => p.email), ...demoPeople.map((p) => p.name), "Întreținere", "Zaliczka"];
}
