import type { AppDeps } from "../platform/deps";
import { gsi1, keys } from "../platform/keys";
import type { Membership } from "../platform/model/actor";
import type { Country, Currency, Role } from "../platform/model/schemas";

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
