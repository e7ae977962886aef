import { ownerRoutes as ownerAccountRoutes } from "../owner/routes";
import type { Route } from "../platform/http/route";

/** Routes of the `owner` Lambda: an owner's own account pages. */
export const ownerRoutes: Route[] = [...ownerAccountRoutes];
