import { adminRoutes } from "./groups/admin";
import { authRoutes } from "./groups/auth";
import { fileRoutes } from "./groups/files";
import { ownerRoutes } from "./groups/owner";
import type { Contract } from "./platform/http/contract";
import type { Route } from "./platform/http/route";
import type { RouteGroup } from "./platform/http/route-groups";

/**
 * Every route of the API, by route group. Each group file (`groups/<group>.ts`) imports only its
 * own domains' routes, so each Lambda bundles only what it serves; the local server serves all.
 */
export const routesByGroup: Record<RouteGroup, Route[]> = {
  auth: authRoutes,
  owner: ownerRoutes,
  admin: adminRoutes,
  files: fileRoutes,
};

export const allRoutes: Route[] = Object.values(routesByGroup).flat();

export const allContracts: Contract[] = allRoutes.map((r) => r.contract);
