import type { Route } from "../platform/http/route";
import { penaltyRoutes } from "./penalties/routes";
import { providerAdminRoutes } from "./provider/admin-routes";
import { paymentRoutes } from "./routes";
import { statementRoutes } from "./statements/routes";

/** Every admin route of the payments domain (the `admin` Lambda). */
export const paymentsAdminRoutes: Route[] = [
  ...paymentRoutes,
  ...statementRoutes,
  ...penaltyRoutes,
  ...providerAdminRoutes,
];
