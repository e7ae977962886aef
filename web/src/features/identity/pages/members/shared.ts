import type { memberSchema } from "../../../../../../functions/identity/contracts-admin";
import type { invitableRoles } from "../../../../../../functions/identity/contracts-onboarding";
import { useUnits } from "../../api";

export type InvitableRole = (typeof invitableRoles)[number];
export type Member = import("zod").infer<typeof memberSchema>;

export const invitable: readonly InvitableRole[] = [
  "owner",
  "coowner",
  "resident",
  "board",
  "accountant",
  "auditor",
  "chairman",
];
export const isInvitable = (role: string): role is InvitableRole => (invitable as readonly string[]).includes(role);

export function useUnitOptions(associationId: string) {
  const units = useUnits(associationId);
  const options = (units.data?.units ?? [])
    .map((u) => ({ unitId: u.unitId, number: u.number }))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
  return { units, options };
}
