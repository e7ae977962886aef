import type { Me } from "../../../../functions/identity/contracts";
import type { Role } from "../../../../functions/platform/model/schemas";

/** Roles that live on a unit; the others are association-wide. */
export const unitRoles: readonly Role[] = ["owner", "coowner", "resident"];

/** Everyone beyond owner, co-owner and resident must use a second factor. */
export function isPrivileged(me: Me): boolean {
  return me.platformOperator || me.memberships.some((m) => m.roles.some((r) => !unitRoles.includes(r)));
}

export function rolesIn(me: Me, associationId: string | undefined): Role[] {
  return me.memberships.find((m) => m.associationId === associationId)?.roles ?? [];
}

/** Mirrors the server's policy (functions/identity/model/policy.ts) to decide what to offer. */
export const canManageMembers = (roles: Role[]) => roles.includes("chairman") || roles.includes("administrator");
export const canReadMembers = (roles: Role[]) => canManageMembers(roles) || roles.includes("board");
export const canReadAudit = (roles: Role[]) =>
  roles.includes("chairman") || roles.includes("auditor") || roles.includes("administrator");
