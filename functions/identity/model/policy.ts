import type { Actor, Membership, ResourceScope } from "../../platform/model/actor";
import type { Role } from "../../platform/model/schemas";

/**
 * The one permission policy. Pure: it decides from the actor's roles and the resource's
 * association/unit, nothing else. Each action lists who may do it across the association and who
 * may do it only for their own units.
 */
export interface ActionRule {
  /** Roles allowed on anything in the association. */
  association: Role[];
  /** Roles allowed only on units listed in their membership. */
  ownUnit: Role[];
  /** Board members are allowed too when the association grants them extended access. */
  boardWithExtendedAccess?: boolean;
  /** Only the platform operator (creating associations); never reads tenant data. */
  platform?: boolean;
}

const finance: Role[] = ["chairman", "accountant", "auditor", "administrator"];
const managers: Role[] = ["chairman", "administrator"];
const members: Role[] = ["owner", "coowner", "resident", "board", "chairman", "accountant", "auditor", "administrator"];

export const actionRules = {
  "association.read": { association: members, ownUnit: [] },
  "account.read": { association: finance, ownUnit: ["owner", "coowner", "resident"], boardWithExtendedAccess: true },
  "registry.read": { association: [...finance, "board"], ownUnit: [] },
  "registry.write": { association: managers, ownUnit: [] },
  "billing.read": { association: [...finance, "board"], ownUnit: [] },
  "billing.write": { association: ["chairman", "accountant", "administrator"], ownUnit: [] },
  "billing.publish": { association: managers, ownUnit: [] },
  "billing.adjust": { association: ["chairman", "accountant", "administrator"], ownUnit: [] },
  "members.read": { association: [...managers, "board"], ownUnit: [] },
  "members.manage": { association: managers, ownUnit: [] },
  "audit.read": { association: ["chairman", "auditor", "administrator"], ownUnit: [] },
  "meters.read": { association: [...finance, "board"], ownUnit: [] },
  "meters.write": { association: ["chairman", "accountant", "administrator"], ownUnit: [] },
  "readings.read": { association: finance, ownUnit: ["owner", "coowner", "resident"], boardWithExtendedAccess: true },
  "readings.write": { association: ["chairman", "accountant", "administrator"], ownUnit: ["owner", "coowner"] },
  "platform.associations.create": { association: [], ownUnit: [], platform: true },
  "platform.ibans.confirm": { association: [], ownUnit: [], platform: true },
  "payments.read": { association: [...finance, "board"], ownUnit: [] },
  "payments.write": { association: ["chairman", "accountant", "administrator"], ownUnit: [] },
  "payments.settings": { association: managers, ownUnit: [] },
  "debts.read": { association: [...finance, "board"], ownUnit: [] },
  "debts.write": { association: ["chairman", "accountant", "administrator"], ownUnit: [] },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof actionRules;

export function isAction(name: string): name is Action {
  return Object.hasOwn(actionRules, name);
}

/** Decides one permission. Unknown actions are denied. */
export function can(actor: Actor, action: string, scope: ResourceScope): boolean {
  if (!isAction(action)) return false;
  const rule: ActionRule = actionRules[action];
  if (rule.platform) return actor.platformOperator;
  if (!scope.associationId) return false;
  const membership = actor.memberships.find((m) => m.associationId === scope.associationId);
  return membership !== undefined && allowedIn(membership, rule, scope.unitId);
}

function allowedIn(m: Membership, rule: ActionRule, unitId: string | undefined): boolean {
  if (m.roles.some((r) => rule.association.includes(r))) return true;
  if (rule.boardWithExtendedAccess && m.boardSeesAccounts && m.roles.includes("board")) return true;
  if (unitId === undefined) return false;
  return m.unitIds.includes(unitId) && m.roles.some((r) => rule.ownUnit.includes(r));
}

/** Roles that must use a second factor and get the short session timeouts. */
export const privilegedRoles: Role[] = ["board", "chairman", "accountant", "auditor", "administrator"];

export function isPrivileged(memberships: Membership[], platformOperator: boolean): boolean {
  return platformOperator || memberships.some((m) => m.roles.some((r) => privilegedRoles.includes(r)));
}
