import type { ReactNode } from "react";
import { billingRoutes } from "../features/billing/routes";
import { identityRoutes } from "../features/identity/routes";
import { meterRoutes } from "../features/meters/routes";
import { notificationRoutes } from "../features/notifications/routes";
import { ownerRoutes } from "../features/owner/routes";
import { paymentRoutes } from "../features/payments/routes";

/**
 * Routes contributed by feature folders (`web/src/features/<feature>/routes.tsx`). Each feature
 * lists its pages here, so adding a screen never means rewriting the app's route table.
 */
export interface FeatureRoute {
  /** wouter pattern, e.g. `/a/:associationId/admin/units`. */
  path: string;
  /** `app`: signed-in frame (redirects to sign-in); `public`: anyone (invitations, resets). */
  shell: "app" | "public";
  render(params: Record<string, string>): ReactNode;
}

export const featureRoutes: FeatureRoute[] = [
  ...identityRoutes,
  ...billingRoutes,
  ...ownerRoutes,
  ...meterRoutes,
  ...paymentRoutes,
  ...notificationRoutes,
];
