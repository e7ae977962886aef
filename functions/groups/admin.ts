import { auditRoutes } from "../audit/routes";
import { billingRoutes } from "../billing/routes";
import "../identity/messages";
import "../identity/mail-messages";
import { caseDocumentRoutes } from "../debts/document-routes";
import { debtRoutes } from "../debts/routes";
import { identityAdminRoutes } from "../identity/routes-admin";
import { meterAdminRoutes } from "../meters/routes-admin";
import { paymentsAdminRoutes } from "../payments/admin-routes";
import { reminderAdminRoutes } from "../payments/reminders/routes";
import type { Route } from "../platform/http/route";
import { registryRoutes } from "../registry/routes";

/** Routes of the `admin` Lambda: what the chairman, accountant and administrators manage. */
export const adminRoutes: Route[] = [
  ...identityAdminRoutes,
  ...registryRoutes,
  ...billingRoutes,
  ...auditRoutes,
  ...paymentsAdminRoutes,
  ...meterAdminRoutes,
  ...reminderAdminRoutes,
  ...debtRoutes,
  ...caseDocumentRoutes,
];
