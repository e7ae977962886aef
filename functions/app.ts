import type { Context } from "hono";
import { contractList } from "./contracts";
import { accessControl } from "./identity/access";
import type { AppDeps } from "./platform/deps";
import { createHttpApp } from "./platform/http/app";
import type { Route } from "./platform/http/route";

/**
 * Composition root of the HTTP API. A Lambda builds it with its own group's routes
 * (`groups/<group>.ts`); the local server and the tests build it with every route.
 */
export function buildApp(
  deps: AppDeps,
  routes: Route[],
  opts: { addressOf?: (c: Context) => string; connectSrc?: string[] } = {},
) {
  return createHttpApp({
    deps,
    routes,
    allContracts: contractList,
    access: accessControl,
    addressOf: opts.addressOf,
    connectSrc: opts.connectSrc,
  });
}
