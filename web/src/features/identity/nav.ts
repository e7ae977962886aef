import type { FeatureNavItem, NavContext } from "../../app/feature-nav";
import { identityPaths, toActivationLetters, toAdminMembers, toAuditLog } from "../../app/paths";
import { canManageMembers, canReadAudit, canReadMembers, rolesIn } from "./roles";

/** The association in view, or the person's only one with the role (pages outside `/a/…`). */
function associationFor(ctx: NavContext, allowed: (roles: ReturnType<typeof rolesIn>) => boolean): string | undefined {
  if (ctx.associationId) return allowed(rolesIn(ctx.me, ctx.associationId)) ? ctx.associationId : undefined;
  return ctx.me.memberships.find((m) => allowed(m.roles))?.associationId;
}

export const identityNav: FeatureNavItem[] = [
  {
    id: "identity.account",
    labelKey: "identity:nav.account",
    area: "account",
    to: () => identityPaths.account,
    visible: () => true,
  },
  {
    id: "identity.sessions",
    labelKey: "identity:nav.sessions",
    area: "account",
    to: () => identityPaths.sessions,
    visible: () => true,
  },
  {
    id: "identity.members",
    labelKey: "identity:nav.members",
    area: "admin",
    to: (ctx) => {
      const id = associationFor(ctx, canReadMembers);
      return id ? toAdminMembers(id) : undefined;
    },
    visible: (ctx) => associationFor(ctx, canReadMembers) !== undefined,
  },
  {
    id: "identity.activationLetters",
    labelKey: "identity:nav.activationLetters",
    area: "admin",
    to: (ctx) => {
      const id = associationFor(ctx, canManageMembers);
      return id ? toActivationLetters(id) : undefined;
    },
    visible: (ctx) => associationFor(ctx, canManageMembers) !== undefined,
  },
  {
    id: "identity.audit",
    labelKey: "identity:nav.audit",
    area: "admin",
    to: (ctx) => {
      const id = associationFor(ctx, canReadAudit);
      return id ? toAuditLog(id) : undefined;
    },
    visible: (ctx) => associationFor(ctx, canReadAudit) !== undefined,
  },
];
