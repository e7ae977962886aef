import type { FeatureNavItem, NavContext } from "../../app/feature-nav";
import { meterPaths } from "./namespace";

function unitOf(ctx: NavContext): string | undefined {
  if (ctx.unitId) return ctx.unitId;
  return ctx.me.memberships.find((m) => m.associationId === ctx.associationId)?.units[0]?.unitId;
}

const managers = ["chairman", "accountant", "auditor", "board", "administrator"];

function isManager(ctx: NavContext): boolean {
  return (
    ctx.me.memberships.find((m) => m.associationId === ctx.associationId)?.roles.some((r) => managers.includes(r)) ??
    false
  );
}

/** "Meter readings" for owners; readings and the meter registry in the admin area. */
export const meterNav: FeatureNavItem[] = [
  {
    id: "meters.readings",
    labelKey: "meters:nav.readings",
    area: "owner",
    to: (ctx) => {
      const unitId = unitOf(ctx);
      return ctx.associationId && unitId ? meterPaths.readings(ctx.associationId, unitId) : undefined;
    },
    visible: (ctx) => unitOf(ctx) !== undefined,
  },
  {
    id: "meters.admin",
    labelKey: "meters:nav.admin",
    area: "admin",
    to: (ctx) => (ctx.associationId ? meterPaths.admin(ctx.associationId) : undefined),
    visible: isManager,
  },
  {
    id: "meters.registry",
    labelKey: "meters:nav.registry",
    area: "admin",
    to: (ctx) => (ctx.associationId ? meterPaths.registry(ctx.associationId) : undefined),
    visible: isManager,
  },
];
