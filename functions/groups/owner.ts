import { meterOwnerRoutes } from "../meters/routes";
import { ownerRoutes as ownerAccountRoutes } from "../owner/routes";
import { paymentsOwnerRoutes } from "../payments/owner-routes";
import { payNowRoutes } from "../payments/pay-now";
import { providerOwnerRoutes } from "../payments/provider/owner-routes";
import { reminderOwnerRoutes } from "../payments/reminders/routes";
import type { Route } from "../platform/http/route";

/** Routes of the `owner` Lambda: an owner's own account pages. */
export const ownerRoutes: Route[] = [
  ...ownerAccountRoutes,
  ...meterOwnerRoutes,
  ...paymentsOwnerRoutes,
  ...reminderOwnerRoutes,
  ...payNowRoutes,
  ...providerOwnerRoutes,
];
