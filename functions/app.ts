import type { Context } from "hono";
import { accessControl } from "./identity/access";
import type { AppDeps } from "./platform/deps";
import { createHttpApp } from "./platform/http/app";
import type { RouteGroup } from "./platform/http/route-groups";
import { allContracts, allRoutes } from "./routes";

/**
 * Composition root of the HTTP API. A Lambda builds it with its own route group; the local server
 * and the tests build it whole.
 */
export function buildApp(
  deps: AppDeps,
  opts: { groups?: RouteGroup[]; addressOf?: (c: Context) => string; connectSrc?: string[] } = {},
) {
  const routes = opts.groups ? allRoutes.filter((r) => opts.groups?.includes(r.contract.group)) : allRoutes;
  return createHttpApp({
    deps,
    routes,
    allContracts,
    access: accessControl,
    addressOf: opts.addressOf,
    connectSrc: opts.connectSrc,
  });
}
