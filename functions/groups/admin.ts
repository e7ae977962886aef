import { auditRoutes } from "../audit/routes";
import { billingRoutes } from "../billing/routes";
import "../identity/messages";
import "../identity/mail-messages";
import { identityAdminRoutes } from "../identity/routes-admin";
import type { Route } from "../platform/http/route";
import { registryRoutes } from "../registry/routes";

/** Routes of the `admin` Lambda: what the chairman, accountant and administrators manage. */
export const adminRoutes: Route[] = [...identityAdminRoutes, ...registryRoutes, ...billingRoutes, ...auditRoutes];
