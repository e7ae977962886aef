import { putMembership } from "../../identity/memberships";
import { hashPassword } from "../../identity/passwords";
import { createPerson } from "../../identity/persons";
import { openAccount } from "../../ledger/account-store";
import type { LedgerEntry } from "../../ledger/model/entry";
import { postEntries } from "../../ledger/post-entries";
import type { AppDeps } from "../../platform/deps";
import { type AssociationProfile, createAssociation, readAssociation } from "../../registry/associations";
import { putUnit, type Unit } from "../../registry/units";
import { demoAssociations, demoUnits } from "./demo-associations";
import { demoPassword, demoPeople } from "./demo-people";

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
      await postEntries(deps, association.associationId, unit.unitId, demoHistory(association, unit));
    }
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

const monthNames: Record<string, string[]> = {
  ro: ["septembrie", "octombrie", "noiembrie"],
  pl: ["wrzesień", "październik", "listopad"],
};

/** Three months of charges and two payments, amounts from the unit's area in integer minor units. */
function demoHistory(association: AssociationProfile, unit: Unit): LedgerEntry[] {
  const hundredthsOfM2 = Number(unit.area.replace(".", ""));
  const ratePerM2 = association.country === "RO" ? 320 : 450; // 3.20 lei/m², 4.50 zł/m²
  const maintenance = Math.round((hundredthsOfM2 * ratePerM2) / 100);
  const repair = association.country === "RO" ? 2500 : Math.round((hundredthsOfM2 * 150) / 100);
  const periods = ["2026-09", "2026-10", "2026-11"];
  const words =
    association.country === "RO"
      ? { m: "Întreținere", r: "Fond de reparații", p: "Plată prin transfer bancar" }
      : { m: "Zaliczka na koszty zarządu", r: "Fundusz remontowy", p: "Wpłata przelewem" };
  const names = monthNames[association.locale] ?? [];
  const entries: LedgerEntry[] = periods.flatMap((period, i) => [
    {
      entryId: `chg-${period}-maintenance`,
      period,
      date: `${period}-05`,
      kind: "charge" as const,
      fund: "maintenance" as const,
      amountMinor: maintenance,
      description: `${words.m} ${names[i]} 2026`,
      explanation: { rule: "per_area", area: unit.area, rateMinor: ratePerM2 },
    },
    {
      entryId: `chg-${period}-repair`,
      period,
      date: `${period}-05`,
      kind: "charge" as const,
      fund: "repair" as const,
      amountMinor: repair,
      description: `${words.r} ${names[i]} 2026`,
    },
  ]);
  // Most owners paid September and October; every fifth unit is behind.
  if (Number(unit.number) % 5 !== 0) {
    for (const period of ["2026-09", "2026-10"]) {
      entries.push({
        entryId: `pay-${period}-bank`,
        period,
        date: `${period}-18`,
        kind: "payment",
        fund: "maintenance",
        amountMinor: -maintenance,
        description: words.p,
      });
      entries.push({
        entryId: `pay-${period}-bank-repair`,
        period,
        date: `${period}-18`,
        kind: "payment",
        fund: "repair",
        amountMinor: -repair,
        description: words.p,
      });
    }
  }
  return entries;
}

/** Text that must never appear in plaintext on disk (encryption test). */
export function demoCanaries(): string[] {
  return [...demoPeople.map((p) => p.email), ...demoPeople.map((p) => p.name), "Întreținere", "Zaliczka"];
}
