import type { FeatureNavItem, NavContext } from "../../app/feature-nav";
import { type OwnerSection, toOwnerHome, toOwnerPage } from "../../app/paths";

/** The unit in view, or the person's first unit in the association in view. */
export function unitOf(ctx: NavContext): string | undefined {
  if (ctx.unitId) return ctx.unitId;
  return ctx.me.memberships.find((m) => m.associationId === ctx.associationId)?.units[0]?.unitId;
}

const entry = (section: OwnerSection | "home"): FeatureNavItem => ({
  id: `owner.${section}`,
  labelKey: `billing:nav.${section}`,
  area: "owner",
  to: (ctx) => {
    const unitId = unitOf(ctx);
    if (!ctx.associationId || !unitId) return undefined;
    return section === "home"
      ? toOwnerHome(ctx.associationId, unitId)
      : toOwnerPage(ctx.associationId, unitId, section);
  },
  visible: (ctx) => unitOf(ctx) !== undefined,
});

/** The owner area: home, this month's charges, history, statements. */
export const ownerNav: FeatureNavItem[] = [entry("home"), entry("charges"), entry("history"), entry("statements")];
