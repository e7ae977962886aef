import type { FeatureNavItem, NavContext } from "../../app/feature-nav";
import { type AdminSection, toAdmin } from "../../app/paths";

/** Roles that manage (or oversee) an association and see its admin area. */
export const adminRoles = ["chairman", "accountant", "auditor", "board", "administrator"] as const;

export function isAdminOf(ctx: NavContext): boolean {
  const m = ctx.me.memberships.find((x) => x.associationId === ctx.associationId);
  return m?.roles.some((r) => (adminRoles as readonly string[]).includes(r)) ?? false;
}

const entry = (id: string, section: AdminSection): FeatureNavItem => ({
  id: `billing.${id}`,
  labelKey: `billing:nav.${id}`,
  area: "admin",
  to: (ctx) => (ctx.associationId ? toAdmin(ctx.associationId, section) : undefined),
  visible: isAdminOf,
});

/** The admin area's entries for the registry and billing screens. */
export const billingNav: FeatureNavItem[] = [
  entry("billing", "billing"),
  entry("invoices", "invoices"),
  entry("rules", "rules"),
  entry("units", "units"),
  entry("profile", "profile"),
];
