import type { AppDeps } from "../platform/deps";
import { gsi1, keys } from "../platform/keys";
import type { Membership } from "../platform/model/actor";
import type { Country, Currency, Role } from "../platform/model/schemas";
import type { TransactItem } from "../platform/table";

/**
 * A person's roles in one association, stored under the association (tenant first) and indexed
 * by person in gsi1 for "my associations". Association name, country and unit numbers are copied
 * in so the sign-in answer needs one query.
 */
export interface MembershipItem {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  personId: string;
  associationId: string;
  associationName: string;
  country: Country;
  currency: Currency;
  roles: Role[];
  units: { unitId: string; number: string }[];
  boardSeesAccounts: boolean;
}

export type MembershipInput = Omit<MembershipItem, "pk" | "sk" | "gsi1pk" | "gsi1sk">;

export function membershipItem(input: MembershipInput): MembershipItem {
  return {
    ...keys.member(input.associationId, input.personId),
    gsi1pk: gsi1.membershipsOf(input.personId).gsi1pk,
    gsi1sk: `A#${input.associationId}`,
    ...input,
  };
}

export async function putMembership(deps: AppDeps, input: MembershipInput): Promise<void> {
  await deps.table.put(membershipItem(input));
}

export async function membershipsOf(deps: AppDeps, personId: string): Promise<MembershipItem[]> {
  return deps.table.queryAll<MembershipItem>(gsi1.membershipsOf(personId).gsi1pk, "", {
    name: "gsi1",
    pk: "gsi1pk",
    sk: "gsi1sk",
  });
}

/** The policy's view of a membership. */
export function toPolicyMembership(m: MembershipItem): Membership {
  return {
    associationId: m.associationId,
    roles: m.roles,
    unitIds: m.units.map((u) => u.unitId),
    boardSeesAccounts: m.boardSeesAccounts,
  };
}

/** One membership, read strongly (role changes must not act on a stale copy). */
export async function readMembership(deps: AppDeps, associationId: string, personId: string) {
  return deps.table.get<MembershipItem>(keys.member(associationId, personId), true);
}

/** The association facts a membership copies, so "my associations" needs no second read. */
export interface AssociationFacts {
  associationId: string;
  name: string;
  country: Country;
  currency: Currency;
  boardSeesAccounts: boolean;
}

/**
 * A membership with a role (and unit) added to whatever the person already holds there: being
 * invited as the owner of a second unit keeps the first.
 */
export function withRole(
  existing: MembershipItem | undefined,
  personId: string,
  association: AssociationFacts,
  role: Role,
  unit: { unitId: string; number: string } | undefined,
): MembershipItem {
  const roles = [...new Set([...(existing?.roles ?? []), role])];
  const units = [...(existing?.units ?? [])];
  if (unit && !units.some((u) => u.unitId === unit.unitId)) units.push(unit);
  return membershipItem({
    personId,
    associationId: association.associationId,
    associationName: association.name,
    country: association.country,
    currency: association.currency,
    roles,
    units,
    boardSeesAccounts: association.boardSeesAccounts,
  });
}

export function putMembershipItem(deps: AppDeps, item: MembershipItem): TransactItem {
  return { Put: { TableName: deps.table.name, Item: item } };
}

/** A person's memberships with freshly written ones taking precedence (the index may lag a write). */
export function mergeFresh(indexed: MembershipItem[], fresh: MembershipItem[]): MembershipItem[] {
  const freshIds = new Set(fresh.map((m) => m.associationId));
  return [...indexed.filter((m) => !freshIds.has(m.associationId)), ...fresh];
}
