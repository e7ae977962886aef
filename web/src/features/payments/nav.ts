import type { FeatureNavItem, NavContext } from "../../app/feature-nav";
import { paymentPaths } from "./namespace";

function unitOf(ctx: NavContext): string | undefined {
  if (ctx.unitId) return ctx.unitId;
  return ctx.me.memberships.find((m) => m.associationId === ctx.associationId)?.units[0]?.unitId;
}

const finance = ["chairman", "accountant", "auditor", "board", "administrator"];

function isFinance(ctx: NavContext): boolean {
  const m = ctx.me.memberships.find((x) => x.associationId === ctx.associationId);
  return m?.roles.some((r) => finance.includes(r)) ?? false;
}

const admin = (id: string, to: (a: string) => string): FeatureNavItem => ({
  id: `payments.${id}`,
  labelKey: `payments:nav.${id}`,
  area: "admin",
  to: (ctx) => (ctx.associationId ? to(ctx.associationId) : undefined),
  visible: isFinance,
});

const owner = (id: string, to: (a: string, u: string) => string): FeatureNavItem => ({
  id: `payments.${id}`,
  labelKey: `payments:nav.${id}`,
  area: "owner",
  to: (ctx) => {
    const unitId = unitOf(ctx);
    return ctx.associationId && unitId ? to(ctx.associationId, unitId) : undefined;
  },
  visible: (ctx) => unitOf(ctx) !== undefined,
});

/** "My payments" and "Pay now" for owners; payments, statements, settings and debtors for the board. */
export const paymentNav: FeatureNavItem[] = [
  owner("mine", paymentPaths.mine),
  owner("pay", paymentPaths.pay),
  admin("record", paymentPaths.record),
  admin("statements", paymentPaths.statements),
  admin("settings", paymentPaths.settings),
  admin("debtors", paymentPaths.debtors),
];
