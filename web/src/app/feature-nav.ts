import type { Me } from "../../../functions/identity/contracts";
import { billingNav } from "../features/billing/nav";
import { identityNav } from "../features/identity/nav";
import { meterNav } from "../features/meters/nav";
import { notificationNav } from "../features/notifications/nav";
import { ownerNav } from "../features/owner/nav";
import { paymentNav } from "../features/payments/nav";

/**
 * Navigation entries contributed by feature folders. The header shows the entries whose `visible`
 * says so for the signed-in person and the association/unit in view.
 */
export interface NavContext {
  me: Me;
  associationId?: string;
  unitId?: string;
}

export interface FeatureNavItem {
  id: string;
  /** Translation key, `namespace:key`. */
  labelKey: string;
  /** `owner`: an owner's own pages; `admin`: association management. */
  area: "owner" | "admin" | "account";
  to(ctx: NavContext): string | undefined;
  visible(ctx: NavContext): boolean;
}

export const featureNav: FeatureNavItem[] = [
  ...ownerNav,
  ...billingNav,
  ...identityNav,
  ...meterNav,
  ...paymentNav,
  ...notificationNav,
];
