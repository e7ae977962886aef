// Messages register by side-effect import. This group's bundle carries the error codes of these
// domains, so it loads their messages too (checked against its imports by messages.test.ts).
import "../payments/messages";
import "../registry/messages";
import { meterOwnerRoutes } from "../meters/routes";
import { ownerRoutes as ownerAccountRoutes } from "../owner/routes";
import { paymentsOwnerRoutes } from "../payments/owner-routes";
import { payNowRoutes } from "../payments/pay-now";
import { providerOwnerRoutes } from "../payments/provider/owner-routes";
import type { Route } from "../platform/http/route";

/** Routes of the `owner` Lambda: an owner's own account pages. */
export const ownerRoutes: Route[] = [
  ...ownerAccountRoutes,
  ...meterOwnerRoutes,
  ...paymentsOwnerRoutes,
  ...payNowRoutes,
  ...providerOwnerRoutes,
];
